package org.travelcrm.core.imports;

import java.util.List;

/**
 * One object an import creates or updates, as the preview lists it.
 *
 * @param type what kind of object
 * @param id its external id (a product's code)
 * @param created {@code true} for a new object, {@code false} for an update
 * @param features the names of the model features that change (for updates)
 * @param line the file line of the object's first row
 */
public record PlannedChange(Type type, String id, boolean created, List<String> features,
		int line) {

	/** The kinds of objects an import changes. */
	public enum Type {
		CUSTOMER, BOOKING, PRODUCT
	}
}
