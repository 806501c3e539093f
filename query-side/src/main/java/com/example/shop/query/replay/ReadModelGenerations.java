package com.example.shop.query.replay;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which generation of each read model queries read ({@code active}) and which one a replay is writing
 * ({@code building}). Projections write to the building generation while there is one, so a rebuild starts
 * from nothing while queries keep answering from the last complete model; when the rebuild has caught up with
 * the event log, it becomes the active one.
 */
@Component
public class ReadModelGenerations {

    /** A rebuild under way: the generation being written and the event log position it must reach. */
    public record Rebuild(int active, int building, long replayUntil) {
    }

    private final JdbcClient jdbc;

    ReadModelGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int active(String readModel) {
        return jdbc.sql("SELECT active FROM read_model_generation WHERE read_model = :model")
                .param("model", readModel).query(Integer.class).single();
    }

    /**
     * The generation projections write to: the one being rebuilt, else the active one. Looked up once per
     * unit of work (a batch of events in one transaction) rather than once per event: it only changes when a
     * rebuild starts, and a processor is stopped while that happens, so it cannot change within a batch.
     */
    public int writing(String readModel) {
        if (CurrentUnitOfWork.isStarted()) {
            return CurrentUnitOfWork.get().root().getOrComputeResource("writing-generation:" + readModel,
                    key -> lookUpWriting(readModel));
        }
        return lookUpWriting(readModel);
    }

    private int lookUpWriting(String readModel) {
        return jdbc.sql("SELECT coalesce(building, active) FROM read_model_generation WHERE read_model = :model")
                .param("model", readModel).query(Integer.class).single();
    }

    public Optional<Rebuild> rebuild(String readModel) {
        return jdbc.sql("""
                        SELECT active, building, replay_until FROM read_model_generation
                        WHERE read_model = :model AND building IS NOT NULL""")
                .param("model", readModel)
                .query((rs, row) -> new Rebuild(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
                .optional();
    }

    /**
     * Starts writing a new generation, which is complete once the replay reaches {@code replayUntil}.
     *
     * @return the generation that is now being built
     */
    int startBuilding(String readModel, long replayUntil) {
        return jdbc.sql("""
                        UPDATE read_model_generation SET building = active + 1, replay_until = :until
                        WHERE read_model = :model RETURNING building""")
                .param("model", readModel)
                .param("until", replayUntil)
                .query(Integer.class).single();
    }

    /** Makes the rebuilt generation the one queries read. */
    void promote(String readModel, int building) {
        jdbc.sql("""
                        UPDATE read_model_generation SET active = building, building = NULL, replay_until = NULL
                        WHERE read_model = :model AND building = :building""")
                .param("model", readModel)
                .param("building", building)
                .update();
    }
}
