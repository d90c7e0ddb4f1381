package org.jointresearch.registry.search.index;

/** The registry's indexes; each lives behind an alias named after it and is mapped by a file of its own. */
public enum RegistryIndex {
    PROJECTS("projects"),
    PEOPLE("people"),
    CENTRES("centres"),
    SUGGESTIONS("suggestions");

    private final String suffix;

    RegistryIndex(String suffix) {
        this.suffix = suffix;
    }

    /** The name after the prefix: {@code projects} in {@code registry_projects}. */
    public String suffix() {
        return suffix;
    }

    /** The classpath resource holding the index's settings and mappings. */
    String mappingResource() {
        return "index/" + suffix + ".json";
    }
}
