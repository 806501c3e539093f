package com.example.shop.api.inventory;

/** Why units were added to the stock on hand: the books must tell goods received from a corrected count. */
public enum StockAdditionReason {
    /** Goods arrived from a supplier. */
    DELIVERY,
    /** A stocktake counted more units than the books said. */
    STOCKTAKE
}
