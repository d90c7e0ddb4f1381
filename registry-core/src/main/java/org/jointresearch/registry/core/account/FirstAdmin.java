package org.jointresearch.registry.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.DuplicateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Opens the account {@code admin} at start-up while no account is an administrator: with the password
 * {@code registry.security.admin-password} (REGISTRY_ADMIN_PASSWORD) names, or else a random one,
 * written to the log this once.
 */
@Singleton
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    FirstAdmin(UserAccounts accounts, @Value("${registry.security.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.anyHolds(Role.ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        var password = generated ? randomPassword() : configuredPassword;
        try {
            accounts.create(new UserAccountDraft(USERNAME, password, List.of(Role.ADMIN), null));
        } catch (DuplicateException e) {
            LOG.warn("The account '{}' exists without being an administrator, or another instance has just opened it",
                    USERNAME);
            return;
        }
        if (generated) {
            LOG.warn("Opened the account '{}' with the generated password {} (shown only this once; set "
                    + "REGISTRY_ADMIN_PASSWORD to choose it)", USERNAME, password);
        } else {
            LOG.info("Opened the account '{}' with the password REGISTRY_ADMIN_PASSWORD gives", USERNAME);
        }
    }

    private static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
