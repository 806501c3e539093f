package com.example.shop.command.product;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.product.ChangeProductDetailsCommand;
import com.example.shop.api.product.CreateProductCommand;
import com.example.shop.api.product.DiscontinueProductCommand;
import com.example.shop.command.RequestCommands;
import com.example.shop.command.product.MoneyRequest;
import com.example.shop.web.apidoc.ApiTags;
import com.example.shop.web.apidoc.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/** Admins add, change and discontinue products. */
@Tag(name = ApiTags.PRODUCTS)
@RestController
@RequestMapping("/api/products")
class ProductController {

    record CreateProductRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                    message = "letters, digits, '.', '_' and '-' only") String sku,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Valid MoneyRequest price,
            @Min(0) @Max(1_000_000) Integer initialStock) {
    }

    record ProductDetailsRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Valid MoneyRequest price) {
    }

    record CreatedProduct(UUID id) {
    }

    private final RequestCommands commands;

    ProductController(RequestCommands commands) {
        this.commands = commands;
    }

    @Operation(operationId = "createProduct", summary = "Add a product",
            description = "Adds a product with its stock on hand. The SKU is stored in capitals and must be unique; "
                    + "the product appears in the catalog within moments.")
    @ApiResponse(responseCode = "201", description = "The product was added", headers = @Header(name = "Location",
            description = "the product's address in the catalog", schema = @Schema(type = "string")))
    @Refusals(ErrorCode.SKU_TAKEN)
    @PostMapping
    ResponseEntity<CreatedProduct> create(@Valid @RequestBody CreateProductRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new CreateProductCommand(id, request.sku().toUpperCase(Locale.ROOT),
                request.name().strip(), textOrEmpty(request.description()), request.price().toMoney(),
                request.initialStock() == null ? 0 : request.initialStock()));
        return ResponseEntity.created(URI.create("/api/products/" + id)).body(new CreatedProduct(id));
    }

    @Operation(operationId = "changeProduct", summary = "Change a product's name, description and price",
            description = "The new price applies to orders placed from now on; placed orders keep theirs.")
    @ApiResponse(responseCode = "204", description = "The product was changed")
    @Refusals({ErrorCode.PRODUCT_NOT_FOUND, ErrorCode.PRODUCT_DISCONTINUED})
    @PutMapping("/{productId}")
    ResponseEntity<Void> change(@PathVariable UUID productId, @Valid @RequestBody ProductDetailsRequest request) {
        commands.sendAndWait(new ChangeProductDetailsCommand(productId, request.name().strip(),
                textOrEmpty(request.description()), request.price().toMoney()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "discontinueProduct", summary = "Discontinue a product",
            description = "The product stays in the catalog as DISCONTINUED and can no longer be ordered; "
                    + "discontinuing it again changes nothing.")
    @ApiResponse(responseCode = "204", description = "The product is discontinued")
    @Refusals(ErrorCode.PRODUCT_NOT_FOUND)
    @DeleteMapping("/{productId}")
    ResponseEntity<Void> discontinue(@PathVariable UUID productId) {
        commands.sendAndWait(new DiscontinueProductCommand(productId));
        return ResponseEntity.noContent().build();
    }


    private static String textOrEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
