package org.travelcrm.plugins;

/**
 * A feature (a group of plug-ins installed together) in a repository or in the product.
 *
 * @param id             the feature id without p2's {@code .feature.group} suffix
 * @param version        the full version
 * @param name           the name in the current language, or the id
 * @param partOfProduct  whether the product itself consists of it, so that it cannot be
 *                       removed on its own
 */
public record FeatureInfo(String id, String version, String name, boolean partOfProduct) {
}
