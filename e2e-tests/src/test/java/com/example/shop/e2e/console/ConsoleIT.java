package com.example.shop.e2e.console;

import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import com.example.shop.testsupport.system.ShopSystem;
import com.example.shop.testsupport.system.WholeSystemTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.UUID;

import static com.example.shop.testsupport.system.Client.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console, in a real browser, against the whole running system: what a customer and an operator do through the
 * page, checked on the page and, where the page could hide a mistake, through the API.
 */
@WholeSystemTest
class ConsoleIT {

    private static final String PASSWORD = "correct horse battery";

    private ShopApi gateway;
    private Client admin;
    private Browser browser;
    private String testName;

    @BeforeEach
    void open(TestInfo test) {
        gateway = ShopSystem.get().gateway();
        admin = Client.admin(gateway);
        browser = Browser.open(gateway.baseUrl());
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void close() {
        if (browser == null) {
            return;
        }
        try {
            browser.screenshot("last-" + testName); // what the page showed when the test ended, to see why it failed
            assertThat(browser.consoleErrors()).as("errors in the browser's console").isEmpty();
        } finally {
            browser.close();
        }
    }

    @Test
    void aCustomerSignsUpOrdersTwiceClickedOnceAndWatchesTheOrderConfirmStepByStep() {
        String word = uniqueWord();
        UUID mug = admin.createProduct("Console mug " + word, "12.50", 10);
        admin.awaitAvailableStock(mug, 10);
        String email = "console-" + UUID.randomUUID() + "@example.com";

        browser.go("#/signup")
                .fill("#signup-form input[name=name]", "Ada Customer")
                .fill("#signup-form input[name=email]", email)
                .fill("#signup-form input[name=password]", PASSWORD)
                .click("#signup-form button[type=submit]")
                .waitForText("#signed-in-as", email);
        browser.fill("input[name=q]", word).click("form[role=search] button[type=submit]");
        WebElement card = browser.find("li.card[data-sku='" + skuOf(mug) + "']");
        assertThat(card.findElement(By.cssSelector(".stock")).getText()).isEqualTo("10 in stock");
        browser.screenshot("catalog");
        WebElement quantity = card.findElement(By.cssSelector("input.quantity"));
        quantity.clear();
        quantity.sendKeys("3");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitForText("#nav", "Cart (3)").go("#/cart");
        browser.screenshot("cart");

        new Actions(browser.driver()).doubleClick(browser.find("#place-order")).perform();

        browser.waitUntil(page -> browser.place().startsWith("#/orders/") ? browser.place() : null);
        browser.find("#order .badge[data-status=CONFIRMED]");
        assertThat(browser.find("#order").getAttribute("data-live")).as("followed by its stream, not by asking")
                .isEqualTo("stream");
        browser.find("#timeline li[data-type=StockReserved]");
        browser.find("#timeline li[data-type=OrderConfirmed]");
        List<String> steps = browser.all("#timeline li").stream().map(step -> step.getAttribute("data-type")).toList();
        assertThat(steps).startsWith("OrderPlaced").contains("StockReserved", "OrderConfirmed");
        assertThat(browser.text("#timeline li[data-type=StockReserved] .since")).matches("\\+[0-9.]+ (ms|s)");
        browser.screenshot("order-story");

        Client customer = Client.logIn(gateway, email, PASSWORD);
        assertThat(customer.get("/api/orders").body().get("totalItems").asInt())
                .as("a double click places one order").isEqualTo(1);
        customer.awaitAvailableStock(mug, 7);
    }

    @Test
    void anOrderBeyondTheStockShowsWhereAndWhyItStopped() {
        Client customer = Client.newCustomer(gateway);
        UUID lamp = admin.createProduct("Console lamp " + uniqueWord(), "40.00", 1);
        UUID orderId = customer.order(List.of(line(lamp, 3)));
        logIn(customer.email(), PASSWORD);

        browser.go("#/orders/" + orderId);

        browser.find("#order .badge[data-status=REJECTED]");
        assertThat(browser.text("#rejection-reason")).contains("Out of stock").contains("OUT_OF_STOCK");
        assertThat(browser.text("#timeline li.stopped")).contains("Order rejected")
                .contains("The order stopped here: Out of stock.");
        browser.screenshot("order-rejected");
    }

    @Test
    void anAdminCreatesAProductWhoseNameStaysTextAndAddsStockToIt() {
        String sku = "CONSOLE-" + uniqueWord().toUpperCase(java.util.Locale.ROOT); // the shop keeps SKUs in capitals
        String name = "<img src=x onerror=alert(1)> Console kettle";
        logIn(ShopSystem.ADMIN_EMAIL, ShopSystem.ADMIN_PASSWORD);

        browser.go("#/admin/products")
                .fill("#new-product input[name=sku]", sku)
                .fill("#new-product input[name=name]", name)
                .fill("#new-product textarea[name=description]", "A kettle")
                .fill("#new-product input[name=amount]", "30.00")
                .fill("#new-product input[name=initialStock]", "4")
                .click("#new-product button[type=submit]");
        String row = "tr[data-sku='" + sku + "']";
        assertThat(browser.find(row + " summary").getText()).isEqualTo(name);
        assertThat(browser.text(row + " .available")).isEqualTo("4");
        browser.screenshot("admin-products");

        browser.fill(row + " input.quantity", "6").click(row + " button.add-stock");

        browser.waitForText(row + " .available", "10");
        UUID id = UUID.fromString(admin.get("/api/products?q=kettle&size=100").body().get("items").valueStream()
                .filter(product -> product.get("sku").asString().equals(sku)).findFirst().orElseThrow()
                .get("id").asString());
        assertThat(admin.availableStock(id)).isEqualTo(10);
    }

    @Test
    void anAdminReplaysAReadModelAndItsBarReachesTheEnd() {
        Client customer = Client.newCustomer(gateway);
        UUID cup = admin.createProduct("Console cup " + uniqueWord(), "3.00", 5);
        customer.awaitOrder(customer.order(List.of(line(cup, 1))), "CONFIRMED");
        logIn(ShopSystem.ADMIN_EMAIL, ShopSystem.ADMIN_PASSWORD);

        browser.go("#/admin/processors");
        browser.find("tr[data-processor=orders][data-service=query-side]");
        assertThat(browser.all("tr[data-processor=order-fulfilment][data-service=command-side]"))
                .as("the saga is listed with the read models").hasSize(1);
        assertThat(browser.all("tr[data-processor=order-fulfilment] button.replay"))
                .as("a replay would run the saga again").isEmpty();
        assertThat(browser.all("tr[data-service=notification-handler]")).isNotEmpty();
        browser.screenshot("admin-processors");
        browser.click("tr[data-processor=orders] button.replay");

        WebElement bar = browser.find("tr[data-processor=orders] .rebuilt progress");
        assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max")).isNotEqualTo("0");
        assertThat(browser.text("tr[data-processor=orders] .rebuilt")).contains("Rebuilt");
        assertThat(customer.get("/api/orders").body().get("totalItems").asInt())
                .as("the rebuilt read model still holds the customer's order").isEqualTo(1);
    }

    @Test
    void aCustomerIsRefusedTheOperatorsPages() {
        Client customer = Client.newCustomer(gateway);
        logIn(customer.email(), PASSWORD);

        browser.go("#/admin/processors");

        assertThat(browser.text("#refused")).contains("for administrators");
        assertThat(browser.all(".admin-menu")).isEmpty();
        assertThat(browser.all("#processors")).isEmpty();
    }

    @Test
    void anEndedSessionLeadsBackToTheLoginWithAMessage() {
        Client customer = Client.newCustomer(gateway);
        logIn(customer.email(), PASSWORD);
        // what a tab holds when its tokens have been revoked elsewhere (logout in another tab, a change of roles)
        browser.script("""
                const s = JSON.parse(sessionStorage.getItem('shop.session'));
                s.accessToken = 'not-a-token';
                s.refreshToken = crypto.randomUUID() + '.' + 'A'.repeat(43);
                sessionStorage.setItem('shop.session', JSON.stringify(s));""");

        browser.go("#/orders");

        browser.find("#login-form");
        assertThat(browser.text("#flash")).contains("Your session has ended");
        assertThat(browser.all("#signed-in-as")).isEmpty();
    }

    private void logIn(String email, String password) {
        browser.go("#/login")
                .fill("#login-form input[name=email]", email)
                .fill("#login-form input[name=password]", password)
                .click("#login-form button[type=submit]")
                .waitForText("#signed-in-as", email);
    }

    private String skuOf(UUID productId) {
        return admin.get("/api/products/" + productId).body().get("sku").asString();
    }

    /** A word no other product has, so a search finds this test's product only. */
    private static String uniqueWord() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(10)
                .mapToObj(digit -> String.valueOf((char) ('a' + Character.digit(digit, 16))))
                .collect(java.util.stream.Collectors.joining());
    }
}
