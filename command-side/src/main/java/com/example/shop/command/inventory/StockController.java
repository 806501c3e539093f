package com.example.shop.command.inventory;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.inventory.AddStockCommand;
import com.example.shop.api.inventory.StockAdditionReason;
import com.example.shop.command.RequestCommands;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Admins put stock on hand. */
@Tag(name = ApiTags.PRODUCTS)
@RestController
class StockController {

    /** {@code reason} is optional: without one, the inventory records a delivery, as every addition was before. */
    record AddStockRequest(@NotNull @Min(1) @Max(1_000_000) Integer quantity, StockAdditionReason reason) {
    }

    private final RequestCommands commands;

    StockController(RequestCommands commands) {
        this.commands = commands;
    }

    @Operation(operationId = "addStock", summary = "Put stock on hand",
            description = "Adds units to a product's stock; the reason defaults to DELIVERY.")
    @ApiResponse(responseCode = "204", description = "The stock was added")
    @Refusals(ErrorCode.PRODUCT_NOT_FOUND)
    @PostMapping("/api/products/{productId}/stock")
    ResponseEntity<Void> add(@PathVariable UUID productId, @Valid @RequestBody AddStockRequest request) {
        commands.sendAndWait(new AddStockCommand(productId, request.quantity(), request.reason()));
        return ResponseEntity.noContent().build();
    }

}
