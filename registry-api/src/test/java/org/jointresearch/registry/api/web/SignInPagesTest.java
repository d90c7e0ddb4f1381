package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a browser over plain HTTP: the session cookie and its flags, the same refusals
 * and throttle as the API's login, a return only to this site, and the token every form must carry.
 */
@MicronautTest(transactional = false)
class SignInPagesTest extends RegistryApiTest {

    @Inject
    EmbeddedServer server;

    private FormClient browser;

    @BeforeEach
    void openABrowser() {
        browser = new FormClient(server.getURL());
    }

    @AfterEach
    void closeIt() {
        browser.close();
    }

    @Test
    void signingInOpensAnHttpOnlySessionCookieAndReturnsToThePageAskedFor() {
        browser.get("/login?next=/institutions/new");
        var signedIn = browser.post("/login", "username", "admin", "password", ApiClient.ADMIN_PASSWORD,
                "next", "/institutions/new");

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/institutions/new");
        assertThat(signedIn.setCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("registry_session=").containsIgnoringCase("HttpOnly")
                .contains("SameSite=Lax", "Path=/", "Max-Age=3600"));
        var form = browser.get("/institutions/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Signed in as <strong>admin</strong>", "Sign out",
                "<h1>Register an institution</h1>");
    }

    @Test
    void aWrongPasswordShowsTheRefusalKeepsTheNameAndOpensNoSession() {
        var refused = browser.signIn("admin", "not the password");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("The user name or the password is wrong.", "value=\"admin\"",
                "aria-describedby=\"sign-in-error\"");
        assertThat(browser.cookie("registry_session")).isNull();
    }

    @Test
    void aNameThatFailedTooOftenIsLockedAsForTheApi() {
        var name = "nobody-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(name, "guess " + i).status()).isEqualTo(422);
        }

        var locked = browser.signIn(name, "guess 6");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.html()).contains("Too many failed sign-ins for this user name.");
        assertThat(api.anonymous().post("/api/v1/auth/login", Map.of("username", name, "password", "x")).status())
                .isEqualTo(429);
    }

    @Test
    void aSignInFormFromAnotherSiteIsRefused() {
        var forged = browser.postWithout("/login", "username", "admin", "password", ApiClient.ADMIN_PASSWORD);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.html()).contains("The form could not be accepted");
        assertThat(browser.cookie("registry_session")).isNull();
    }

    @Test
    void signingOutEndsTheSessionAndReturnsToThePage() {
        browser.signIn("admin", ApiClient.ADMIN_PASSWORD);
        var institution = "/institutions/" + referenced.institution("Signed-out University");
        browser.get(institution);

        var signedOut = browser.post("/logout", "next", institution);

        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.location()).isEqualTo(institution);
        assertThat(signedOut.setCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("registry_session=").contains("Max-Age=0"));
        assertThat(browser.get(institution).html()).contains(">Sign in</a>").doesNotContain("Sign out");
        assertThat(browser.get("/institutions/new").status()).isEqualTo(303);
    }

    @Test
    void signingInNeverSendsTheBrowserToAnotherSite() {
        for (var next : new String[] {"//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example"}) {
            var fresh = new FormClient(server.getURL());
            fresh.get("/login");
            assertThat(fresh.post("/login", "username", "admin", "password", ApiClient.ADMIN_PASSWORD, "next", next)
                    .location()).as(next).isEqualTo("/");
            fresh.close();
        }
    }

    @Test
    void aFormSentWithoutItsTokenIsRefusedEvenToAnAdministrator() {
        browser.signIn("admin", ApiClient.ADMIN_PASSWORD);

        var withoutToken = browser.postWithout("/institutions/new", "name", "Forged University", "kind", "UNIVERSITY");
        var foreignToken = browser.postWithout("/institutions/new", "name", "Forged University", "kind", "UNIVERSITY",
                "_csrf", "dGhpcyBpcyBub3QgdGhlIHRva2Vu");

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(foreignToken.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/institutions?size=100").items())
                .noneSatisfy(institution -> assertThat(institution.get("name")).isEqualTo("Forged University"));
    }

    @Test
    void aSessionCookieAloneNeverAuthorisesAnApiWrite() {
        browser.signIn("admin", ApiClient.ADMIN_PASSWORD);
        var body = "{\"name\": \"Cookie University\", \"kind\": \"UNIVERSITY\"}";

        var token = browser.get("/login").token();

        var cookieOnly = browser.send(HttpRequest.POST("/api/v1/institutions", body)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON));
        var withHeader = browser.send(HttpRequest.POST("/api/v1/institutions", body)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).header("X-CSRF-Token", token));

        assertThat(cookieOnly.status()).isEqualTo(403);
        assertThat(withHeader.status()).isEqualTo(201);
    }

    @Test
    void aResearcherSeesOnlyTheFormsTheAccessPolicyLetsThemOpen() {
        var researcher = new Researchers(api, referenced).open("Header Researcher");
        browser.signIn(researcher.username(), researcher.password());

        var page = browser.get("/login");

        assertThat(page.html()).contains("href=\"/projects/new\"").doesNotContain("href=\"/institutions/new\"",
                "href=\"/agreements/new\"", "href=\"/centres/new\"");
        assertThat(browser.get("/institutions/new").status()).isEqualTo(403);
        assertThat(browser.get("/projects/new").status()).isEqualTo(200);
    }
}
