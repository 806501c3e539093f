package com.example.shop.command.product;

import com.example.shop.api.product.ChangeProductDetailsCommand;
import com.example.shop.api.product.CreateProductCommand;
import com.example.shop.api.product.DiscontinueProductCommand;
import com.example.shop.command.RequestCommands;
import com.example.shop.command.product.MoneyRequest;
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

    @PostMapping
    ResponseEntity<CreatedProduct> create(@Valid @RequestBody CreateProductRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new CreateProductCommand(id, request.sku().toUpperCase(Locale.ROOT),
                request.name().strip(), textOrEmpty(request.description()), request.price().toMoney(),
                request.initialStock() == null ? 0 : request.initialStock()));
        return ResponseEntity.created(URI.create("/api/products/" + id)).body(new CreatedProduct(id));
    }

    @PutMapping("/{productId}")
    ResponseEntity<Void> change(@PathVariable UUID productId, @Valid @RequestBody ProductDetailsRequest request) {
        commands.sendAndWait(new ChangeProductDetailsCommand(productId, request.name().strip(),
                textOrEmpty(request.description()), request.price().toMoney()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{productId}")
    ResponseEntity<Void> discontinue(@PathVariable UUID productId) {
        commands.sendAndWait(new DiscontinueProductCommand(productId));
        return ResponseEntity.noContent().build();
    }


    private static String textOrEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
