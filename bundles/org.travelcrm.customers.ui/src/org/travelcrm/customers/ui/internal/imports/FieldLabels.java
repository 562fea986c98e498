package org.travelcrm.customers.ui.internal.imports;

import org.travelcrm.core.imports.ImportField;

/**
 * The names of import fields as users read them.
 */
final class FieldLabels {

	private FieldLabels() {
	}

	static String of(ImportField field) {
		String label = Messages.field(field.key());
		return label != null ? label : field.key();
	}
}
