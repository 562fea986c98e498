package org.travelcrm.ui.agency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.values.StorableText;

/**
 * Turns what the user typed into a model value and a command that sets it, refusing at the point
 * of entry text an agency file cannot hold and text that is not a value of the attribute's type.
 */
public final class AttributeEdits {

	private AttributeEdits() {
	}

	/** What is wrong with the text as a value of the attribute, or {@code null} when nothing. */
	public static String problem(EAttribute attribute, String text) {
		String unstorable = unstorable(text);
		if (unstorable != null) {
			return unstorable;
		}
		if (text.isEmpty() || attribute.getEAttributeType().getInstanceClass() == String.class) {
			return null;
		}
		try {
			EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.AttributeEdits_invalid, text,
					expected(attribute.getEAttributeType().getInstanceClass()));
		}
	}

	/**
	 * Why an agency file cannot keep the text, naming the first character it cannot hold and its
	 * position; {@code null} when it can keep it.
	 */
	public static String unstorable(String text) {
		Optional<Integer> at = StorableText.firstUnstorable(text);
		return at.isEmpty() ? null
				: NLS.bind(Messages.AttributeEdits_unstorable,
						StorableText.describe(text, at.get()), at.get() + 1);
	}

	private static String expected(Class<?> type) {
		if (type == LocalDate.class) {
			return Messages.AttributeEdits_expectedDate;
		}
		if (type == BigDecimal.class) {
			return Messages.AttributeEdits_expectedAmount;
		}
		if (type == int.class || type == Integer.class || type == long.class) {
			return Messages.AttributeEdits_expectedWholeNumber;
		}
		return Messages.AttributeEdits_expectedValue;
	}

	/** The value of the text for the attribute; empty text is no value. */
	public static Object value(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (text.isEmpty()) {
			return type.getInstanceClass() == String.class ? null : type.getDefaultValue();
		}
		return type.getInstanceClass() == String.class ? text
				: EcoreUtil.createFromString(type, text.strip());
	}

	/** The text shown for a value of the attribute. */
	public static String text(EAttribute attribute, Object value) {
		return value == null ? "" //$NON-NLS-1$
				: EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/**
	 * Sets an attribute from text on the domain's command stack, if the text is a valid value
	 * and differs from the current one.
	 *
	 * @return whether a command was executed
	 */
	public static boolean set(EditingDomain domain, EObject object, EAttribute attribute,
			String text) {
		if (problem(attribute, text) != null) {
			return false;
		}
		Object value = value(attribute, text);
		Object current = object.eGet(attribute);
		if (value == null ? current == null : value.equals(current)) {
			return false;
		}
		Command command = SetCommand.create(domain, object, attribute,
				value == null ? SetCommand.UNSET_VALUE : value);
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
