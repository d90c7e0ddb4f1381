package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The settings and mappings of each index, read from {@code index/<name>.json} on the classpath, and a
 * fingerprint of each file so that an index built from an older file can be told apart.
 */
@Singleton
class Mappings {

    private final Map<RegistryIndex, byte[]> files = new EnumMap<>(RegistryIndex.class);

    Mappings() {
        for (var index : RegistryIndex.values()) {
            try (var in = Mappings.class.getClassLoader().getResourceAsStream(index.mappingResource())) {
                if (in == null) {
                    throw new IllegalStateException(index.mappingResource() + " is missing from the build");
                }
                files.put(index, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + index.mappingResource(), e);
            }
        }
    }

    /** The file as a create-index request without a name: its analysis settings and its mappings. */
    CreateIndexRequest template(RegistryIndex index) {
        return CreateIndexRequest.of(create -> create.index(index.suffix())
                .withJson(new ByteArrayInputStream(files.get(index))));
    }

    /** The SHA-256 of the file, in hex. */
    String fingerprint(RegistryIndex index) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(index)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
