package com.example.shop.gateway.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the administrator named by the configuration, or gives an existing account of that e-mail both roles,
 * at every start. Without it nobody could ever be made an admin, as only admins change roles.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private final AdministratorProperties admin;
    private final Accounts accounts;

    AdministratorBootstrap(AdministratorProperties admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(admin.email())) {
            log.info("No ADMIN_EMAIL set: no administrator is created");
            return;
        }
        if (admin.password() == null || admin.password().length() < 8) {
            throw new IllegalStateException("ADMIN_PASSWORD must be set and have at least 8 characters");
        }
        Account account = accounts.ensureAdministrator(admin.email(), admin.password(),
                StringUtils.hasText(admin.name()) ? admin.name() : "Administrator");
        log.info("Administrator {} is ready ({})", account.email(), account.id());
    }
}
