package com.example.shop.e2e.client;

import com.example.shop.client.ApiClient;
import com.example.shop.client.ApiException;
import com.example.shop.client.ApiResponse;
import com.example.shop.client.api.AccountsApi;
import com.example.shop.client.api.NotificationsApi;
import com.example.shop.client.api.OrdersApi;
import com.example.shop.client.api.ProductsApi;
import com.example.shop.client.model.AcceptedOrder;
import com.example.shop.client.model.CreateProductRequest;
import com.example.shop.client.model.LineRequest;
import com.example.shop.client.model.LoginRequest;
import com.example.shop.client.model.MoneyRequest;
import com.example.shop.client.model.OrderTimelineView;
import com.example.shop.client.model.OrderView;
import com.example.shop.client.model.PlaceOrderRequest;
import com.example.shop.client.model.Problem;
import com.example.shop.client.model.ProductView;
import com.example.shop.client.model.RegisterRequest;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Pass: the README's walk-through, done with nothing but a Java client generated from the committed API
 * description ({@code openapi-generator}, library {@code native}): sign-up and login, an admin's product, the
 * catalog, an order with its retry under the same {@code Idempotency-Key}, its confirmation, timeline and e-mail,
 * its cancellation, and refusals read as the typed {@code Problem} the description promises.
 */
@WholeSystemTest
class GeneratedClientIT {

    private final String gateway = ShopSystem.get().gateway().baseUrl();

    @Test
    void theReadmeWalkThroughWorksWithAGeneratedClient() throws Exception {
        ApiClient anonymous = client();
        String email = "generated-" + UUID.randomUUID() + "@example.com";
        new AccountsApi(anonymous).register(new RegisterRequest().email(email).password("secret-pass-1").name("Ann"));
        ApiClient ann = signedIn(email, "secret-pass-1");
        ApiClient admin = signedIn(ShopSystem.ADMIN_EMAIL, ShopSystem.ADMIN_PASSWORD);

        String batch = UUID.randomUUID().toString().substring(0, 8);
        UUID mug = new ProductsApi(admin).createProduct(new CreateProductRequest().sku("MUG-" + batch)
                .name("Generated Mug " + batch)
                .description("Stoneware from a generated client").price(new MoneyRequest().amount("12.50")
                        .currency("EUR")).initialStock(10)).getId();
        ProductView listed = await("the product in the catalog").atMost(Duration.ofSeconds(30))
                .until(() -> new ProductsApi(anonymous).listProducts(batch, 0, 20).getItems().stream()
                        .filter(product -> product.getId().equals(mug)).findFirst().orElse(null), p -> p != null);
        assertThat(listed.getPrice().getAmount()).isEqualTo("12.50");
        assertThat(listed.getAvailableStock()).isEqualTo(10);

        OrdersApi orders = new OrdersApi(ann);
        PlaceOrderRequest twoMugs = new PlaceOrderRequest().lines(List.of(new LineRequest().productId(mug).quantity(2)));
        String key = "checkout-" + UUID.randomUUID();
        ApiResponse<AcceptedOrder> placed = orders.placeOrderWithHttpInfo(twoMugs, key);
        assertThat(placed.getStatusCode()).isEqualTo(202);
        UUID order = placed.getData().getId();
        assertThat(orders.placeOrder(twoMugs, key).getId()).as("a retry under the same key").isEqualTo(order);

        OrderView confirmed = await("the order confirmed").atMost(Duration.ofSeconds(60))
                .ignoreExceptionsMatching(GeneratedClientIT::notYetProjected)
                .until(() -> orders.getOrder(order), view -> view.getStatus() == OrderView.StatusEnum.CONFIRMED);
        assertThat(confirmed.getTotal().getAmount()).isEqualTo("25.00");
        // the timeline is a read model of its own, projected apart from the orders one
        OrderTimelineView timeline = await("the order's timeline").atMost(Duration.ofSeconds(60))
                .ignoreExceptionsMatching(GeneratedClientIT::notYetProjected)
                .until(() -> orders.getOrderTimeline(order),
                        view -> view.getStatus() == OrderTimelineView.StatusEnum.CONFIRMED);
        assertThat(timeline.getSteps()).extracting(step -> step.getType()).contains("OrderPlaced",
                "StockReserved", "OrderConfirmed");
        await("the e-mail about it").atMost(Duration.ofSeconds(60)).until(() ->
                new NotificationsApi(ann).listNotifications(order, 0, 20).getItems(), mails -> !mails.isEmpty());

        orders.cancelOrder(order);
        await("the order cancelled").atMost(Duration.ofSeconds(60))
                .until(() -> orders.getOrder(order).getStatus(), status -> status == OrderView.StatusEnum.CANCELLED);

        ApiClient stranger = signedIn(registered(anonymous), "secret-pass-2");
        Problem notYours = problem(ann, catchThrowableOfType(ApiException.class,
                () -> new OrdersApi(stranger).getOrder(order)));
        assertThat(notYours.getStatus()).isEqualTo(404);
        assertThat(notYours.getCode()).isEqualTo(Problem.CodeEnum.ORDER_NOT_FOUND);
    }

    /** A read model answers 404 for an order until it has projected the order's first event. */
    private static boolean notYetProjected(Throwable failure) {
        return failure instanceof ApiException refusal && refusal.getCode() == 404;
    }

    private String registered(ApiClient anonymous) throws ApiException {
        String email = "generated-" + UUID.randomUUID() + "@example.com";
        new AccountsApi(anonymous).register(new RegisterRequest().email(email).password("secret-pass-2").name("Bo"));
        return email;
    }

    /** A client that sends the bearer token a login with these credentials gave. */
    private ApiClient signedIn(String email, String password) throws ApiException {
        String token = new AccountsApi(client())
                .login(new LoginRequest().email(email).password(password)).getAccessToken();
        ApiClient client = client();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        return client;
    }

    private static Problem problem(ApiClient client, ApiException refusal) throws Exception {
        assertThat(refusal).as("a refusal").isNotNull();
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }
}
