package org.jointresearch.registry.api;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;

/**
 * What an API test of a resource starts from: a client of the running registry and SQL fixtures for the
 * records it refers to. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
public abstract class RegistryApiTest {

    @Inject
    @Client("/")
    protected HttpClient http;

    @Inject
    protected TransactionOperations<Connection> transactions;

    protected ApiClient api;
    protected SqlFixtures sql;

    @BeforeEach
    void connectToTheRegistry() {
        api = new ApiClient(http);
        sql = new SqlFixtures(transactions);
    }
}
