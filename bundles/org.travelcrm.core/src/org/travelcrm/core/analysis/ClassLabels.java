package org.travelcrm.core.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * How the codes of customer classes (value tiers, loyalty and frequency classes, RFM segments,
 * buyer units and travel purposes) are shown to people: the codes themselves in English, as
 * the analyses define them, and translated in other languages. Results, files and the command
 * line keep the codes; only views show these labels.
 */
@SuppressWarnings("nls")
public final class ClassLabels {

	/** The result and customer-value columns whose values are class codes. */
	private static final Set<String> CLASS_COLUMNS = Set.of("tier", "loyaltyClass",
			"frequencyClass", "rfmSegment", "abcClass", "purpose", "buyerUnit", "group");

	private static final Map<String, String> LABELS = new HashMap<>();

	static {
		for (Field field : Texts.class.getDeclaredFields()) {
			if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())
					&& Modifier.isPublic(field.getModifiers())) {
				try {
					LABELS.put(field.getName(), (String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
	}

	private ClassLabels() {
	}

	/** The label of a class code, or the text itself when it is no known code. */
	public static String label(String code) {
		String label = code == null ? null : LABELS.get(code);
		return label == null || label.isEmpty() ? code : label;
	}

	/** Whether a column of results or customer values holds class codes. */
	public static boolean isClassColumn(String columnName) {
		return CLASS_COLUMNS.contains(columnName);
	}

	/** The labels, one field per code; see {@code class-labels*.properties}. */
	public static final class Texts extends NLS {

		public static String PROSPECT;
		public static String FIRST_TIME;
		public static String REPEAT;
		public static String MULTIPLE;
		public static String NEW;
		public static String LOYAL;
		public static String WAVERING;
		public static String LAPSED;
		public static String KEY;
		public static String MAJOR;
		public static String ORDINARY;
		public static String SMALL;
		public static String CHAMPIONS;
		public static String LOYAL_CUSTOMERS;
		public static String POTENTIAL_LOYALISTS;
		public static String NEW_CUSTOMERS;
		public static String NEED_ATTENTION;
		public static String CANNOT_LOSE;
		public static String AT_RISK;
		public static String HIBERNATING;
		public static String LOST;
		public static String INDIVIDUAL;
		public static String ORGANIZATION;
		public static String UNSPECIFIED;
		public static String BUSINESS;
		public static String LEISURE;
		public static String FAMILY;
		public static String STUDY;
		public static String OTHER;

		static {
			NLS.initializeMessages("org.travelcrm.core.analysis.class-labels", Texts.class);
		}

		private Texts() {
		}
	}
}
