package org.travelcrm.customers.ui.internal.list;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.travelcrm.core.analysis.ClassLabels;
import org.travelcrm.model.Customer;

/**
 * One column of the customer list: its heading, how a customer's value is found and shown, how
 * it sorts, and the attribute edited in place, if any.
 */
public final class CustomerColumn {

	/** How values of a column compare. */
	public enum Kind {
		/** Text, in the order of the Chinese collator (pinyin for Han characters). */
		TEXT,
		/** Codes such as ids and phone numbers, in {@link NaturalOrder}. */
		CODE,
		/** Numbers, smallest first. */
		NUMBER,
		/** Dates, earliest first. */
		DATE
	}

	private final String id;
	private final String label;
	private final Kind kind;
	private final int width;
	private final Function<Customer, Object> value;
	private final EAttribute editable;
	private final boolean classes;

	public CustomerColumn(String id, String label, Kind kind, int width,
			Function<Customer, Object> value, EAttribute editable) {
		this(id, label, kind, width, value, editable, false);
	}

	/**
	 * @param classes whether the values are classes (such as tiers) that the list can be
	 *                restricted to
	 */
	public CustomerColumn(String id, String label, Kind kind, int width,
			Function<Customer, Object> value, EAttribute editable, boolean classes) {
		this.id = id;
		this.label = label;
		this.kind = kind;
		this.width = width;
		this.value = value;
		this.editable = editable;
		this.classes = classes;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public Kind kind() {
		return kind;
	}

	public int width() {
		return width;
	}

	/** The attribute edited in place in this column, or {@code null} when it is read-only. */
	public EAttribute editable() {
		return editable;
	}

	/** Whether the values are classes that the list can be restricted to. */
	public boolean classes() {
		return classes;
	}

	/** The value of a customer in this column, or {@code null}. */
	public Object value(Customer customer) {
		return value.apply(customer);
	}

	/** The text shown for a customer. */
	public String text(Customer customer) {
		return format(value(customer));
	}

	/**
	 * The text the list shows for a customer: as {@link #text(Customer)}, with class codes
	 * (KEY, LOYAL ...) as their labels in the user's language.
	 */
	public String shown(Customer customer) {
		String text = text(customer);
		return classes ? ClassLabels.label(text) : text;
	}

	/** Writes a value as the list shows it: amounts with two decimals, dates in ISO form. */
	public static String format(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal amount) {
			NumberFormat format = NumberFormat.getNumberInstance();
			format.setMinimumFractionDigits(2);
			format.setMaximumFractionDigits(2);
			return format.format(amount.setScale(2, RoundingMode.HALF_UP));
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value.toString();
	}

	@Override
	public String toString() {
		return id;
	}
}
