package org.travelcrm.customers.ui.internal.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * How the user arranged the customer list's columns (order, hidden ones, widths), kept by
 * column id in the plug-in's instance preferences and written at once, so that every customer
 * list opens as the last one was left, after a restart too. Column ids hold no commas.
 */
public final class ColumnLayout {

	/** The columns in the order shown, hidden ones included; the others come after them. */
	static final String ORDER = "customerList.columnOrder"; //$NON-NLS-1$

	/** The hidden columns. */
	static final String HIDDEN = "customerList.hiddenColumns"; //$NON-NLS-1$

	/** The widths the user gave columns, as {@code id=pixels}. */
	static final String WIDTHS = "customerList.columnWidths"; //$NON-NLS-1$

	private static final String PLUGIN_ID = "org.travelcrm.customers.ui"; //$NON-NLS-1$
	private static final String SEPARATOR = ","; //$NON-NLS-1$
	private static final String IS = "="; //$NON-NLS-1$
	private static final String NONE = ""; //$NON-NLS-1$

	/** An arrangement of columns by id. */
	public record Arrangement(List<String> order, Set<String> hidden, Map<String, Integer> widths) {

		public Arrangement {
			order = List.copyOf(order);
			hidden = Set.copyOf(hidden);
			widths = Map.copyOf(widths);
		}
	}

	private final Preferences node;

	/** The layout kept in these preferences. */
	public ColumnLayout(Preferences node) {
		this.node = node;
	}

	/** The layout kept in the plug-in's instance preferences. */
	public static ColumnLayout ofPlugin() {
		return new ColumnLayout(InstanceScope.INSTANCE.getNode(PLUGIN_ID));
	}

	/** The arrangement saved last, or {@code null} when the user never changed the columns. */
	public Arrangement load() {
		String order = node.get(ORDER, null);
		if (order == null) {
			return null;
		}
		Map<String, Integer> widths = new LinkedHashMap<>();
		for (String entry : split(node.get(WIDTHS, NONE))) {
			int is = entry.lastIndexOf(IS);
			String pixels = entry.substring(is + 1);
			// A damaged width leaves its column at the default width.
			if (is > 0 && !pixels.isEmpty() && pixels.chars().allMatch(Character::isDigit)
					&& pixels.length() < 6) {
				widths.put(entry.substring(0, is), Integer.parseInt(pixels));
			}
		}
		return new Arrangement(split(order), new LinkedHashSet<>(split(node.get(HIDDEN, NONE))),
				widths);
	}

	/** Keeps an arrangement and writes it to disk. */
	public void save(Arrangement arrangement) {
		node.put(ORDER, String.join(SEPARATOR, arrangement.order()));
		node.put(HIDDEN, String.join(SEPARATOR, arrangement.hidden()));
		node.put(WIDTHS, arrangement.widths().entrySet().stream()
				.map(entry -> entry.getKey() + IS + entry.getValue())
				.collect(Collectors.joining(SEPARATOR)));
		flush();
	}

	/**
	 * Arranges a grid's columns as saved last or, when nothing was saved, in their own order
	 * with some hidden. Columns the saved arrangement does not know (contributed since) come
	 * last, shown unless they are hidden at first.
	 */
	void restore(CustomerGrid grid, List<CustomerColumn> columns, Set<String> hiddenAtFirst) {
		Arrangement saved = load();
		if (saved == null) {
			saved = new Arrangement(List.of(), hiddenAtFirst, Map.of());
		}
		List<String> ids = columns.stream().map(CustomerColumn::id).toList();
		List<Integer> order = new ArrayList<>();
		for (String id : saved.order()) {
			int index = ids.indexOf(id);
			if (index >= 0 && !order.contains(index)) {
				order.add(index);
			}
		}
		Set<Integer> hidden = new HashSet<>();
		Map<Integer, Integer> widths = new HashMap<>();
		for (int index = 0; index < columns.size(); index++) {
			String id = ids.get(index);
			boolean known = order.contains(index);
			if (!known) {
				order.add(index);
			}
			if (known ? saved.hidden().contains(id) : hiddenAtFirst.contains(id)) {
				hidden.add(index);
			}
			widths.put(index, saved.widths().getOrDefault(id, columns.get(index).width()));
		}
		grid.arrange(order, hidden, widths);
	}

	/** Saves how a grid's columns are arranged now. */
	void saveFrom(CustomerGrid grid, List<CustomerColumn> columns) {
		List<String> order = new ArrayList<>();
		Set<String> hidden = new LinkedHashSet<>();
		Map<String, Integer> widths = new LinkedHashMap<>();
		for (int index : grid.columnOrder()) {
			CustomerColumn column = columns.get(index);
			order.add(column.id());
			if (!grid.isVisible(index)) {
				hidden.add(column.id());
			}
			if (grid.width(index) != column.width()) {
				widths.put(column.id(), grid.width(index));
			}
		}
		save(new Arrangement(order, hidden, widths));
	}

	/** Forgets the arrangement: lists open with the default columns again. */
	public void clear() {
		node.remove(ORDER);
		node.remove(HIDDEN);
		node.remove(WIDTHS);
		flush();
	}

	private void flush() {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// The arrangement still holds for this session; only the next start loses it.
			ILog.of(ColumnLayout.class).warn(Messages.ColumnLayout_notSaved, e);
		}
	}

	private static List<String> split(String text) {
		return text.isEmpty() ? List.of()
				: Arrays.stream(text.split(SEPARATOR)).filter(id -> !id.isEmpty()).toList();
	}
}
