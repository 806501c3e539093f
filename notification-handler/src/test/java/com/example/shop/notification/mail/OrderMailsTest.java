package com.example.shop.notification.mail;

import com.example.shop.api.common.ErrorCode;
import com.example.shop.api.order.OrderLine;
import com.example.shop.api.order.OrderStatus;
import com.example.shop.notification.support.OrderEvents.Customer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static com.example.shop.notification.support.OrderEvents.cancelled;
import static com.example.shop.notification.support.OrderEvents.confirmed;
import static com.example.shop.notification.support.OrderEvents.eur;
import static com.example.shop.notification.support.OrderEvents.lamps;
import static com.example.shop.notification.support.OrderEvents.mugs;
import static com.example.shop.notification.support.OrderEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;

class OrderMailsTest {

    private static final UUID ORDER = UUID.fromString("1a2b3c4d-0000-0000-0000-0000000000c1");
    private final Customer ada = new Customer(UUID.randomUUID(), "ada@example.com");

    @Nested
    class AConfirmedOrder {

        private final MailMessage mail = OrderMails.confirmed(confirmed(ORDER, ada, mugs(2), lamps(1)));

        @Test
        void goesToTheAddressThatCameWithTheOrder() {
            assertThat(mail.recipient()).isEqualTo("ada@example.com");
        }

        @Test
        void saysSoInTheSubjectWithTheShortOrderId() {
            assertThat(mail.subject()).isEqualTo("Your order 1a2b3c4d is confirmed");
        }

        @Test
        void listsEveryLineAndTheTotalInTextAndHtml() {
            assertThat(mail.text()).contains("2 x Blue Mug at 12.50 EUR = 25.00 EUR",
                    "1 x Desk Lamp at 40.00 EUR = 40.00 EUR", "Total: 65.00 EUR", ORDER.toString());
            assertThat(mail.html()).contains("<td>Blue Mug</td>", "<td>Desk Lamp</td>", "25.00 EUR", "65.00 EUR");
        }
    }

    @Nested
    class ARejectedOrder {

        @ParameterizedTest
        @CsvSource({
                "OUT_OF_STOCK, some items are out of stock",
                "PRODUCT_DISCONTINUED, a product in it is no longer sold",
                "TIMEOUT, we could not reserve the items in time",
                "INTERNAL_ERROR, of a problem on our side"})
        void givesTheReasonInWords(ErrorCode reason, String words) {
            MailMessage mail = OrderMails.rejected(rejected(ORDER, ada, reason, mugs(3)));

            assertThat(mail.subject()).isEqualTo("Your order 1a2b3c4d could not be fulfilled");
            assertThat(mail.text()).contains("because " + words + ".");
            assertThat(mail.html()).contains("because " + words + ".");
        }

        @ParameterizedTest
        @EnumSource(ErrorCode.class)
        void neverShowsTheCustomerACodeOrTheOperatorsDetails(ErrorCode reason) {
            MailMessage mail = OrderMails.rejected(rejected(ORDER, ada, reason, mugs(3)));

            assertThat(mail.text() + mail.html()).doesNotContain(reason.name(), "available 1");
        }
    }

    @Test
    void aCancelledOrderSaysSoInTheSubject() {
        MailMessage mail = OrderMails.cancelled(cancelled(ORDER, ada, OrderStatus.CONFIRMED, mugs(1)));

        assertThat(mail.subject()).isEqualTo("Your order 1a2b3c4d was cancelled");
        assertThat(mail.text()).contains("after it had been confirmed", "Total: 12.50 EUR");
    }

    @Test
    void productNamesAreEscapedInHtmlAndLeftAsTheyAreInText() {
        OrderLine hostile = new OrderLine(UUID.randomUUID(), "<script>alert('x')</script> & \"Mugs\"", 1,
                eur("1.00"));

        MailMessage mail = OrderMails.confirmed(confirmed(ORDER, ada, hostile));

        assertThat(mail.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Mugs&quot;");
        assertThat(mail.text()).contains("<script>alert('x')</script> & \"Mugs\"");
    }
}
