/**
 * What the documents of every index share: the short-lived {@link org.jointresearch.registry.search.document.Lookup}
 * they are built with, and the parts several of them embed (institutions, disciplines).
 */
package org.jointresearch.registry.search.document;
