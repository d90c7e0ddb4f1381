package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.UniqueNames.unique;

/**
 * The forms over plain HTTP, as a browser without JavaScript sends them: records saved through the core,
 * the core's refusals beside the inputs they name with the values kept, rows added without saving, and
 * a stale edit told apart.
 */
@MicronautTest(transactional = false)
class FormPagesTest extends RegistryApiTest {

    @Inject
    EmbeddedServer server;

    private FormClient admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = new FormClient(server.getURL());
        admin.signIn("admin", ApiClient.ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void anAdministratorRegistersAnInstitutionAndLandsOnItsPage() {
        var parent = referenced.institution("Zhejiang University");
        admin.get("/institutions/new");

        var saved = admin.post("/institutions/new", "name", "Sir Run Run Shaw Hospital", "nameZh", "邵逸夫医院",
                "aliases", "SRRSH\r\n\r\n浙大邵逸夫医院", "kind", "HOSPITAL", "parentId", parent.toString(),
                "countryCode", "CN", "city", "Hangzhou", "website", "", "rorId", "");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).matches("/institutions/[0-9a-f-]{36}");
        var id = saved.location().substring("/institutions/".length());
        var stored = api.get("/api/v1/institutions/" + id);
        assertThat(stored.get("aliases")).isEqualTo(List.of("SRRSH", "浙大邵逸夫医院"));
        assertThat(stored.get("parentId")).isEqualTo(parent.toString());
        assertThat(admin.get(saved.location()).html()).contains("Sir Run Run Shaw Hospital", "邵逸夫医院");
    }

    @Test
    void aRefusedAgreementShowsEachProblemBesideItsInputAndKeepsWhatWasTyped() {
        var hkust = referenced.institution("HKUST").toString();
        var zju = referenced.institution("Zhejiang University").toString();
        admin.get("/agreements/new");

        var oneParty = admin.post("/agreements/new", "title", "A memorandum with one party", "kind", "MOU",
                "status", "ACTIVE", "partyIds[0]", hkust, "partyIds[1]", "", "areaCodes", "MEDICAL_EDUCATION");
        var endsFirst = admin.post("/agreements/new", "title", unique("Ends first"), "kind", "MOU", "status", "ACTIVE",
                "partyIds[0]", hkust, "partyIds[1]", zju, "effectiveFrom", "2025-09-01", "effectiveTo", "2024-01-01");

        assertThat(oneParty.status()).isEqualTo(422);
        assertThat(oneParty.html()).contains("<h2 id=\"form-problems-title\">There is a problem</h2>",
                        "href=\"#f-partyIds\">Parties: Give at least 2 and at most 50.",
                        "value=\"A memorandum with one party\"", "value=\"" + hkust + "\" selected",
                        "value=\"MEDICAL_EDUCATION\" checked")
                .containsPattern("id=\"f-partyIds\"[^>]*\\s+aria-describedby=\"f-partyIds-hint f-partyIds-problem\"")
                .containsPattern("id=\"f-partyIds-problem\">\\s*<span>.*Give at least 2 and at most 50.");
        assertThat(endsFirst.status()).isEqualTo(422);
        assertThat(endsFirst.html()).contains("href=\"#f-effectiveTo\"", "must not be before effectiveFrom")
                .containsPattern("id=\"f-effectiveTo\"[^>]*value=\"2024-01-01\"[^>]*\\s+aria-invalid=\"true\""
                        + "\\s+aria-describedby=\"f-effectiveTo-problem\"");
    }

    @Test
    void aPartyNamedTwiceIsPointedOutAtTheSecondChoice() {
        var hkust = referenced.institution("HKUST").toString();
        admin.get("/agreements/new");

        var refused = admin.post("/agreements/new", "title", unique("Twice"), "kind", "MOU", "status", "DRAFT",
                "partyIds[0]", hkust, "partyIds[1]", hkust);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).containsPattern("id=\"f-partyIds-1-problem\">\\s*<span>.*is named more than once")
                .contains("Parties row 2: <span lang=\"en\">is named more than once</span>");
    }

    @Test
    void askingForAnotherRowKeepsTheValuesAndSavesNothing() {
        var hkust = referenced.institution("HKUST").toString();
        var title = unique("Grown");
        admin.get("/agreements/new");

        var grown = admin.post("/agreements/new", "title", title, "kind", "MOU", "status", "DRAFT",
                "partyIds[0]", hkust, "partyIds[1]", "", "shown.partyIds", "2", "grow", "partyIds");

        assertThat(grown.status()).isEqualTo(200);
        assertThat(grown.html()).contains("name=\"partyIds[2]\"", "value=\"" + title + "\"")
                .doesNotContain("name=\"partyIds[3]\"", "There is a problem")
                .containsPattern("id=\"f-partyIds-2\"[^>]*autofocus");
        assertThat(api.get("/api/v1/agreements?size=100").items())
                .noneSatisfy(agreement -> assertThat(agreement.get("title")).isEqualTo(title));
    }

    @Test
    void aCentreNeedsTwoInstitutionsAndAKnownDisciplineAndThenIsRegistered() {
        var hkust = referenced.institution("HKUST").toString();
        var fahzu = referenced.institution("First Affiliated Hospital").toString();
        var name = unique("Joint Centre for AI in Medicine");
        admin.get("/centres/new");

        var refused = admin.post("/centres/new", "name", name, "status", "ACTIVE", "institutionIds[0]", hkust);
        var saved = admin.post("/centres/new", "name", name, "status", "ACTIVE", "institutionIds[0]", hkust,
                "institutionIds[1]", "", "institutionIds[2]", fahzu, "disciplineCodes", "3.2.1",
                "establishedOn", "2025-03-01");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Institutions: Give at least 2.");
        assertThat(saved.status()).isEqualTo(303);
        var centre = api.get("/api/v1" + saved.location());
        assertThat(centre.get("institutionIds")).isEqualTo(List.of(hkust, fahzu));
        assertThat(centre.get("establishedOn")).isEqualTo("2025-03-01");
    }

    @Test
    void textThatIsNoDateIsRefusedAtItsInputBeforeReachingTheCore() {
        admin.get("/projects/new");

        var refused = admin.post("/projects/new", "title", unique("Dated"), "status", "ACTIVE",
                "disciplineCodes", "3.2.1", "startsOn", "2025-13-40");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).containsPattern("id=\"f-startsOn-problem\">\\s*<span>.*Enter a date as year-month-day")
                .contains("value=\"2025-13-40\"");
        var farOff = admin.post("/projects/new", "title", unique("Far off"), "status", "ACTIVE",
                "disciplineCodes", "3.2.1", "endsOn", "+9999999-01-01");
        assertThat(farOff.status()).isEqualTo(422);
        assertThat(farOff.html()).containsPattern("id=\"f-endsOn-problem\">\\s*<span>.*Enter a date as year-month-day");
    }

    @Test
    void twoLeadsArePointedOutAtTheSecondLeadsRole() {
        admin.get("/projects/new");
        var first = referenced.person("First Lead").toString();
        var second = referenced.person("Second Lead").toString();

        var refused = admin.post("/projects/new", "title", unique("Two leads"), "status", "ACTIVE",
                "disciplineCodes", "3.2.1", "people[0].personId", first, "people[0].role", "LEAD",
                "people[1].personId", second, "people[1].role", "LEAD");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).containsPattern("id=\"f-people-1-role-problem\">\\s*<span>.*a project has at most one LEAD")
                .contains("People and their roles row 2 – Role:");
    }

    @Test
    void anEditSentAfterSomeoneElseChangedTheProjectIsToldSoAndMayBeSentAgain() {
        var project = api.post("/api/v1/projects", new ProjectFixtures(referenced).aiDiagnosisProject("Raced"));
        var id = (String) project.get("id");
        var form = admin.get("/projects/" + id + "/edit");
        assertThat(form.html()).contains("name=\"version\" value=\"0\"");
        api.send(HttpRequest.PATCH("/api/v1/projects/" + id, Map.of("status", "SUSPENDED")));

        var stale = admin.post("/projects/" + id + "/edit", "version", "0", "title", "Mine", "status", "COMPLETED",
                "disciplineCodes", "3.2.1");
        var again = admin.post("/projects/" + id + "/edit", "version", "1", "title", "Mine", "status", "COMPLETED",
                "disciplineCodes", "3.2.1");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html()).contains("Someone else changed this record", "name=\"version\" value=\"1\"",
                "value=\"Mine\"");
        assertThat(again.status()).isEqualTo(303);
        assertThat(api.get("/api/v1/projects/" + id).get("title")).isEqualTo("Mine");
    }

    @Test
    void theProjectPageOffersEditOnlyToThoseWhoMayEdit() {
        var researchers = new Researchers(api, referenced);
        var steward = researchers.open("Steward");
        var bystander = researchers.open("Bystander");
        var id = api.post("/api/v1/projects", new ProjectFixtures(referenced).projectLedBy("Stewarded",
                steward.personId())).get("id");
        var page = "/projects/" + id;
        var edit = page + "/edit";

        try (var stewardBrowser = new FormClient(server.getURL());
             var bystanderBrowser = new FormClient(server.getURL());
             var anonymous = new FormClient(server.getURL())) {
            stewardBrowser.signIn(steward.username(), steward.password());
            bystanderBrowser.signIn(bystander.username(), bystander.password());

            assertThat(stewardBrowser.get(page).html()).contains("href=\"" + edit + "\"");
            assertThat(admin.get(page).html()).contains("href=\"" + edit + "\"");
            assertThat(bystanderBrowser.get(page).html()).doesNotContain(edit);
            assertThat(anonymous.get(page).html()).doesNotContain(edit);
            assertThat(bystanderBrowser.get(edit).status()).isEqualTo(403);
            assertThat(bystanderBrowser.post(edit, "title", "Taken over", "status", "ACTIVE").status()).isEqualTo(403);
            assertThat(anonymous.get(edit).location()).isEqualTo("/login?next=" + URLEncoder.encode(edit, StandardCharsets.UTF_8));
            assertThat(stewardBrowser.get(edit).status()).isEqualTo(200);
        }
        assertThat(api.get(page.replace("/projects", "/api/v1/projects")).get("title")).isNotEqualTo("Taken over");
    }

    @Test
    void anUnknownProjectHasNoEditForm() {
        assertThat(admin.get("/projects/" + UUID.randomUUID() + "/edit").status()).isEqualTo(404);
    }
}
