package org.travelcrm.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.travelcrm.core.internal.analysis.BuiltInAnalyses;
import org.travelcrm.core.internal.analysis.Loyalty;
import org.travelcrm.core.internal.analysis.LoyaltyAnalysis;
import org.travelcrm.core.internal.analysis.Tiering;
import org.travelcrm.core.internal.analysis.ValueTierAnalysis;

/**
 * What-if comparisons: classify the customers under the current parameters and under proposed
 * ones, and count how many move between classes. The agency is not changed.
 * <p>
 * Parameters not given take the agency's analysis settings, then the defaults.
 */
public final class WhatIf {

	private WhatIf() {
	}

	/** Value tiers now and with the proposed parameters (tier policy and shares, window). */
	public static MigrationMatrix tiers(AnalysisContext context, Map<String, String> current,
			Map<String, String> proposed, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.WhatIf_running, 2);
		AnalysisDescriptor descriptor = BuiltInAnalyses.CATALOG.find(ValueTierAnalysis.ID);
		Tiering before = Tiering.of(context, descriptor.resolve(context, current),
				progress.split(1));
		Tiering after = Tiering.of(context, descriptor.resolve(context, proposed),
				progress.split(1));
		return matrix(before.classes, after.classes, before.tiers.length,
				c -> before.tiers[c], c -> after.tiers[c]);
	}

	/** Loyalty classes now and with the proposed activity and new windows. */
	public static MigrationMatrix loyalty(AnalysisContext context, Map<String, String> current,
			Map<String, String> proposed, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.WhatIf_running, 2);
		AnalysisDescriptor descriptor = BuiltInAnalyses.CATALOG.find(LoyaltyAnalysis.ID);
		Loyalty before = Loyalty.of(context, descriptor.resolve(context, current),
				progress.split(1));
		Loyalty after = Loyalty.of(context, descriptor.resolve(context, proposed),
				progress.split(1));
		List<String> classes = new ArrayList<>();
		for (LoyaltyClass each : LoyaltyClass.values()) {
			classes.add(each.name());
		}
		return matrix(classes, classes, before.classes.length, c -> name(before.classes[c]),
				c -> name(after.classes[c]));
	}

	private static String name(LoyaltyClass loyaltyClass) {
		return loyaltyClass == null ? null : loyaltyClass.name();
	}

	private static MigrationMatrix matrix(List<String> fromClasses, List<String> toClasses,
			int customers, Function<Integer, String> from, Function<Integer, String> to) {
		List<String> classes = new ArrayList<>(fromClasses);
		for (String each : toClasses) {
			if (!classes.contains(each)) {
				classes.add(each);
			}
		}
		classes.add(MigrationMatrix.NONE);
		long[][] counts = new long[classes.size()][classes.size()];
		for (int c = 0; c < customers; c++) {
			counts[index(classes, from.apply(c))][index(classes, to.apply(c))]++;
		}
		return new MigrationMatrix(classes, counts);
	}

	private static int index(List<String> classes, String name) {
		return name == null ? classes.size() - 1 : classes.indexOf(name);
	}
}
