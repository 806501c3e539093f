-- Every statement that appends events tells the listening services at commit (PostgreSQL delivers a NOTIFY only
-- when its transaction commits, and collapses identical ones within a transaction), so readers in other processes
-- fetch at once instead of at their next poll. Statement level: one notification per batch insert or COPY, not
-- one per row. Readers still poll slowly, so a notification lost with a broken connection delays, never loses.
CREATE FUNCTION events.notify_events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER notify_events_appended
    AFTER INSERT ON events.DomainEventEntry
    FOR EACH STATEMENT EXECUTE FUNCTION events.notify_events_appended();
