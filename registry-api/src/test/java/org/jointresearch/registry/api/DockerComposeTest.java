package org.jointresearch.registry.api;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker does not run where the tests run, so this reads docker-compose.yml and the Dockerfiles it
 * names and checks they agree with the application: same settings, same port, same Elasticsearch.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void runsTheThreeServicesWithPinnedImagesAndHealthChecks() throws IOException {
        var services = services();

        assertThat(services).containsOnlyKeys("postgres", "elasticsearch", "registry");
        assertThat(services.get("postgres").get("image")).isEqualTo("postgres:15");
        assertThat(services.get("postgres")).containsKey("healthcheck");
        assertThat(services.get("elasticsearch")).containsKey("healthcheck");
        assertThat(services.get("registry").get("depends_on")).isEqualTo(Map.of(
                "postgres", Map.of("condition", "service_healthy"),
                "elasticsearch", Map.of("condition", "service_healthy")));
    }

    @Test
    void givesTheRegistryOnlySettingsTheApplicationReads() throws IOException {
        var applicationYml = Files.readString(ROOT.resolve("registry-api/src/main/resources/application.yml"));
        @SuppressWarnings("unchecked")
        var environment = (Map<String, Object>) services().get("registry").get("environment");

        assertThat(environment).containsKeys("REGISTRY_DB_URL", "REGISTRY_DB_USER", "REGISTRY_DB_PASSWORD",
                "REGISTRY_ES_URL", "REGISTRY_PORT");
        assertThat(environment.keySet()).allSatisfy(name -> assertThat(applicationYml).contains("${" + name + ":"));
        assertThat(environment.get("REGISTRY_ES_URL")).isEqualTo("http://elasticsearch:9200");
        assertThat((String) environment.get("REGISTRY_DB_URL")).startsWith("jdbc:postgresql://postgres:5432/");
    }

    @Test
    void publishesTheApplicationPort() throws IOException {
        var applicationYml = Files.readString(ROOT.resolve("registry-api/src/main/resources/application.yml"));

        assertThat(applicationYml).contains("port: ${REGISTRY_PORT:8080}");
        assertThat(services().get("registry").get("ports")).isEqualTo(List.of("${REGISTRY_PORT:-8080}:8080"));
        assertThat(Files.readString(dockerfileOf("registry"))).contains("EXPOSE 8080");
    }

    @Test
    void buildsElasticsearchFromTheOfficialImageOfTheTestedVersionWithTheAnalysisPlugin() throws IOException {
        var dockerfile = Files.readString(dockerfileOf("elasticsearch"));
        var testedVersion = pomProperty("elasticsearch.server.version");

        assertThat(dockerfile).contains("FROM docker.elastic.co/elasticsearch/elasticsearch:" + testedVersion);
        assertThat(dockerfile).contains("-f registry-search/analysis-plugin/pom.xml package");
        assertThat(dockerfile).containsPattern("bin/elasticsearch-plugin install --batch file:///\\S+\\.zip");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Path dockerfileOf(String service) throws IOException {
        var build = (Map<String, String>) services().get(service).get("build");
        assertThat(build.get("context")).isEqualTo(".");
        var dockerfile = ROOT.resolve(build.get("dockerfile"));
        assertThat(dockerfile).exists();
        return dockerfile;
    }

    private static String pomProperty(String name) throws IOException {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(
                Files.readString(ROOT.resolve("pom.xml")));
        assertThat(matcher.find()).as("pom.xml defines " + name).isTrue();
        return matcher.group(1);
    }
}
