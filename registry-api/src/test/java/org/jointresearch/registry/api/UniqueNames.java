package org.jointresearch.registry.api;


import java.util.UUID;

/** Names no other test has used, so tests sharing one database never collide on a unique name. */
public final class UniqueNames {

    private UniqueNames() {
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
