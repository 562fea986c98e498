package org.travelcrm.customers.ui.internal.list;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.travelcrm.core.analysis.AbcClass;
import org.travelcrm.core.analysis.ClassLabels;
import org.travelcrm.core.analysis.FrequencyClass;
import org.travelcrm.core.analysis.LoyaltyClass;
import org.travelcrm.core.analysis.RfmSegment;
import org.travelcrm.core.analysis.ValueTier;

/**
 * The filter bar of the customer list: one drop-down per column of classes (kind, tier,
 * loyalty, frequency, RFM segment) whose menu lists the classes found with their customer
 * counts, to restrict the list to the ones checked, and a button that clears every filter. Each
 * drop-down says what it keeps.
 */
final class ClassFilterBar {

	/** Chosen classes are named on the drop-down up to this many characters. */
	private static final int NAMED_UP_TO = 28;

	/** The classes the analyses know, each listed in its own order. */
	private static final Map<String, Integer> KNOWN_ORDER = knownOrder();

	private final ToolBar bar;
	private final CustomerTableModel model;
	private final BiConsumer<CustomerColumn, Set<String>> restricting;
	private final BooleanSupplier preparing;
	private final Map<CustomerColumn, ToolItem> items = new LinkedHashMap<>();
	private final ToolItem clear;

	/**
	 * @param restricting restricts the list to the texts of a column (none: all)
	 * @param clearing    clears every filter, the typed text too
	 * @param preparing   whether the computed classes are still being computed
	 */
	ClassFilterBar(Composite parent, List<CustomerColumn> columns, CustomerTableModel model,
			BiConsumer<CustomerColumn, Set<String>> restricting, Runnable clearing,
			BooleanSupplier preparing) {
		this.model = model;
		this.restricting = restricting;
		this.preparing = preparing;
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		for (CustomerColumn column : columns) {
			// No tool tip: it would cover the menu it describes.
			ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
			item.addListener(SWT.Selection, event -> showMenu(column, item));
			items.put(column, item);
		}
		new ToolItem(bar, SWT.SEPARATOR);
		clear = new ToolItem(bar, SWT.PUSH);
		clear.setText(Messages.ClassFilter_clear);
		clear.setToolTipText(Messages.ClassFilter_clearTip);
		clear.addListener(SWT.Selection, event -> clearing.run());
		update();
	}

	ToolBar control() {
		return bar;
	}

	/** Shows on each drop-down what it keeps, and whether there is anything to clear. */
	void update() {
		items.forEach((column, item) -> item.setText(itemText(column)));
		clear.setEnabled(model.isFiltered());
		bar.pack();
		bar.getParent().layout(new Control[] { bar });
	}

	/** The text of a column's drop-down, for tests. */
	String itemText(CustomerColumn column) {
		Set<String> chosen = model.restriction(column);
		if (chosen.isEmpty()) {
			return NLS.bind(Messages.ClassFilter_all, column.label());
		}
		String named = String.join(", ", //$NON-NLS-1$
				ordered(chosen).stream().map(ClassFilterBar::label).toList());
		return named.length() <= NAMED_UP_TO || chosen.size() == 1
				? NLS.bind(Messages.ClassFilter_chosen, column.label(), named)
				: NLS.bind(Messages.ClassFilter_many, column.label(), chosen.size());
	}

	/**
	 * The classes a column's menu offers, in the analyses' order (unknown ones after them in
	 * natural order, "none" last), with how many customers have each; chosen classes are there
	 * even when no customer has them any more.
	 */
	Map<String, Long> choices(CustomerColumn column) {
		Map<String, Long> counts = new HashMap<>(model.countTexts(column));
		model.restriction(column).forEach(text -> counts.putIfAbsent(text, 0L));
		Map<String, Long> choices = new LinkedHashMap<>();
		ordered(counts.keySet()).forEach(text -> choices.put(text, counts.get(text)));
		return choices;
	}

	private void showMenu(CustomerColumn column, ToolItem item) {
		Menu menu = new Menu(bar);
		fillMenu(menu, column);
		Rectangle bounds = item.getBounds();
		Point below = bar.toDisplay(bounds.x, bounds.y + bounds.height);
		menu.setLocation(below);
		menu.addListener(SWT.Hide, event -> bar.getDisplay().asyncExec(menu::dispose));
		menu.setVisible(true);
	}

	private void fillMenu(Menu menu, CustomerColumn column) {
		Set<String> chosen = model.restriction(column);
		MenuItem all = new MenuItem(menu, SWT.CHECK);
		all.setText(Messages.ClassFilter_showAll);
		all.setSelection(chosen.isEmpty());
		all.addListener(SWT.Selection, event -> restricting.accept(column, Set.of()));
		new MenuItem(menu, SWT.SEPARATOR);
		NumberFormat numbers = NumberFormat.getIntegerInstance();
		choices(column).forEach((text, count) -> {
			MenuItem choice = new MenuItem(menu, SWT.CHECK);
			choice.setText(NLS.bind(Messages.ClassFilter_choice, label(text),
					numbers.format(count)).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
			choice.setSelection(chosen.contains(text));
			choice.addListener(SWT.Selection, event -> {
				Set<String> next = new HashSet<>(model.restriction(column));
				if (!next.remove(text)) {
					next.add(text);
				}
				restricting.accept(column, next);
			});
		});
		if (preparing.getAsBoolean()) {
			MenuItem note = new MenuItem(menu, SWT.PUSH);
			note.setText(Messages.ClassFilter_computing);
			note.setEnabled(false);
		}
	}

	private static String label(String text) {
		return text.isEmpty() ? Messages.ClassFilter_none : ClassLabels.label(text);
	}

	private static List<String> ordered(Set<String> texts) {
		List<String> ordered = new ArrayList<>(texts);
		ordered.sort(Comparator.comparing(String::isEmpty)
				.thenComparing(text -> KNOWN_ORDER.getOrDefault(text, Integer.MAX_VALUE))
				.thenComparing(NaturalOrder.INSTANCE));
		return ordered;
	}

	private static Map<String, Integer> knownOrder() {
		Map<String, Integer> order = new HashMap<>();
		Stream.<Enum<?>[]> of(ValueTier.values(), AbcClass.values(), LoyaltyClass.values(),
				FrequencyClass.values(), RfmSegment.values()).flatMap(Stream::of)
				.forEach(constant -> order.putIfAbsent(constant.name(), order.size()));
		return order;
	}
}
