package com.example.shop.gateway.account;

import com.example.shop.gateway.support.GatewayIT;
import com.example.shop.testsupport.ShopApi;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, login, the caller's own account, and what admins do with accounts, over HTTP at the gateway. */
class AccountsIT extends GatewayIT {

    @Autowired
    private Accounts accounts;

    @Nested
    class Registration {

        @Test
        void createsAUserWithTheUserRoleAndAnArgon2idHash() {
            String email = "Reg-" + UUID.randomUUID() + "@Example.com";

            ShopApi.Response response = gateway.post("/api/auth/register", null,
                    Map.of("email", email, "password", "correct horse", "name", "  Ann Example "));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.body().get("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(response.body().get("name").asString()).isEqualTo("Ann Example");
            assertThat(roles(response.body())).containsExactly("USER");
            assertThat(response.body().has("password")).isFalse();
            assertThat(response.body().has("passwordHash")).isFalse();
            assertThat(database.queryForObject("SELECT password_hash FROM gateway.users WHERE id = ?", String.class,
                    UUID.fromString(response.body().get("id").asString())))
                    .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }

        @Test
        void anEmailTakenInAnyCaseIsRefusedWith409() {
            String local = "dup-" + UUID.randomUUID();
            assertThat(register(local + "@example.com").status()).isEqualTo(201);

            ShopApi.Response again = register(local.toUpperCase() + "@EXAMPLE.com");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body().get("code").asString()).isEqualTo("EMAIL_TAKEN");
            assertThat(storedUsersWithEmail(local + "@example.com")).isEqualTo(1);
        }

        private ShopApi.Response register(String email) {
            return gateway.post("/api/auth/register", null,
                    Map.of("email", email, "password", "password-1", "name", "Dup"));
        }
    }

    @Nested
    class Login {

        @Test
        void issuesAShortLivedBearerTokenThatDescribesTheUser() throws Exception {
            TestUser user = newUser();

            ShopApi.Response response = gateway.post("/api/auth/login", null,
                    Map.of("email", user.email().toUpperCase(), "password", user.password()));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("tokenType").asString()).isEqualTo("Bearer");
            assertThat(response.body().get("expiresIn").asLong()).isEqualTo(900);
            var claims = SignedJWT.parse(response.body().get("accessToken").asString()).getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo(user.id().toString());
            assertThat(claims.getStringClaim("email")).isEqualTo(user.email());
            assertThat(claims.getStringListClaim("roles")).containsExactly("USER");
            assertThat(claims.getIssuer()).isEqualTo(ISSUER);
            assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000);
        }

        @Test
        void anUnknownEmailAndAWrongPasswordGetTheVerySameAnswer() {
            TestUser user = newUser();

            ShopApi.Response wrongPassword = gateway.post("/api/auth/login", null,
                    Map.of("email", user.email(), "password", "not-the-password"));
            ShopApi.Response unknownEmail = gateway.post("/api/auth/login", null,
                    Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "not-the-password"));

            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(unknownEmail.status()).isEqualTo(401);
            assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
            assertThat(wrongPassword.body().get("code").asString()).isEqualTo("INVALID_CREDENTIALS");
        }
    }

    @Nested
    class OwnAccount {

        @Test
        void aUserReadsTheirOwnAccount() {
            TestUser user = newUser();

            ShopApi.Response me = gateway.send("GET", "/api/users/me", user.token(), null, Map.of());

            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().get("id").asString()).isEqualTo(user.id().toString());
            assertThat(me.body().get("email").asString()).isEqualTo(user.email());
            assertThat(roles(me.body())).containsExactly("USER");
        }
    }

    @Nested
    class Administration {

        @Test
        void anAdminListsAccountsPageByPage() {
            newUser();
            newUser();
            String admin = adminToken();

            ShopApi.Response page = gateway.send("GET", "/api/users?page=0&size=2", admin, null, Map.of());

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("items")).hasSize(2);
            assertThat(page.body().get("page").asInt()).isZero();
            assertThat(page.body().get("size").asInt()).isEqualTo(2);
            assertThat(page.body().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
            JsonNode first = page.body().get("items").get(0);
            assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "email", "name", "roles");
        }

        @Test
        void anAdminGrantsTheAdminRoleWhichTheNextTokenCarries() {
            TestUser user = newUser();

            ShopApi.Response changed = gateway.put("/api/users/" + user.id() + "/roles", adminToken(),
                    Map.of("roles", List.of("ADMIN", "USER")));

            assertThat(changed.status()).isEqualTo(200);
            assertThat(roles(changed.body())).containsExactly("USER", "ADMIN");
            String promoted = login(user.email(), user.password());
            assertThat(gateway.send("GET", "/api/users", promoted, null, Map.of()).status()).isEqualTo(200);
            assertThat(gateway.send("GET", "/api/users", user.token(), null, Map.of()).status()).isEqualTo(403);
        }

        @Test
        void rolesOfAnUnknownUserAreNotFound() {
            ShopApi.Response response = gateway.put("/api/users/" + UUID.randomUUID() + "/roles", adminToken(),
                    Map.of("roles", List.of("USER")));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body().get("code").asString()).isEqualTo("USER_NOT_FOUND");
        }

        @Test
        void onlyKnownRolesCanBeGranted() {
            TestUser user = newUser();

            ShopApi.Response response = gateway.put("/api/users/" + user.id() + "/roles", adminToken(),
                    Map.of("roles", List.of("USER", "ROOT")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(roles(gateway.send("GET", "/api/users/me", login(user.email(), user.password()), null,
                    Map.of()).body())).containsExactly("USER");
        }
    }

    @Nested
    class Administrator {

        @Test
        void theConfiguredAdministratorExistsOnceWithBothRoles() throws Exception {
            var claims = SignedJWT.parse(adminToken()).getJWTClaimsSet();

            assertThat(claims.getStringListClaim("roles")).containsExactly("USER", "ADMIN");
            assertThat(storedUsersWithEmail(ADMIN_EMAIL)).isEqualTo(1);
        }

        @Test
        void makingSureOfTheAdministratorAgainKeepsTheAccountAndItsPassword() {
            UUID before = accounts.ensureAdministrator(ADMIN_EMAIL, "a-different-password", "Admin").id();

            UUID after = accounts.ensureAdministrator(ADMIN_EMAIL.toUpperCase(), "yet-another-password", "Admin").id();

            assertThat(after).isEqualTo(before);
            assertThat(storedUsersWithEmail(ADMIN_EMAIL)).isEqualTo(1);
            assertThat(login(ADMIN_EMAIL, ADMIN_PASSWORD)).isNotBlank();
        }

        @Test
        void anExistingAccountNamedAsAdministratorIsPromoted() {
            TestUser user = newUser();

            Account promoted = accounts.ensureAdministrator(user.email(), "ignored-password", "Ignored");

            assertThat(promoted.id()).isEqualTo(user.id());
            assertThat(promoted.roles()).containsExactly("USER", "ADMIN");
        }
    }

    private static List<String> roles(JsonNode account) {
        return account.get("roles").valueStream().map(JsonNode::asString).toList();
    }
}
