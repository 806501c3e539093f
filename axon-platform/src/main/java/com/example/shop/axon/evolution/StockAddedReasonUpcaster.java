package com.example.shop.axon.evolution;

import com.example.shop.api.inventory.StockAddedEvent;
import com.example.shop.api.inventory.StockAdditionReason;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link StockAddedEvent} of revision 1, stored without a revision before the event had a {@code reason},
 * as revision 2 with reason {@link StockAdditionReason#DELIVERY}: stock could only be added by an admin receiving
 * goods then. Works on the stored JSON as a Jackson 3 tree, the form the Jackson 3 serializer converts to.
 */
public class StockAddedReasonUpcaster extends SingleEventUpcaster {

    private static final String TYPE = StockAddedEvent.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return TYPE.equals(representation.getType().getName()) && (revision == null || revision.equals("1"));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class,
                payload -> payload.put("reason", StockAdditionReason.DELIVERY.name()));
    }
}
