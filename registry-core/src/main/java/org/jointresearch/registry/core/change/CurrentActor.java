package org.jointresearch.registry.core.change;

/**
 * Who is making the change being recorded. The core cannot know; the layer that authenticates
 * callers provides it.
 */
public interface CurrentActor {

    /** A stable name of the caller, e.g. a user name, or {@code system} for the registry itself. */
    String name();
}
