package org.travelcrm.core.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.core.analysis.AbcClass;
import org.travelcrm.core.analysis.AnalysisContext;
import org.travelcrm.core.analysis.AnalysisParameters;
import org.travelcrm.core.analysis.ParameterNames;
import org.travelcrm.core.analysis.TierPolicy;
import org.travelcrm.core.analysis.ValueTier;

/**
 * The value tier of every buyer by contribution (the sum of purchase values in the look-back
 * window), under the pyramid or the ABC policy.
 * <p>
 * Pyramid: buyers ranked by contribution, descending; with n buyers and shares s1 &lt; s2 &lt;
 * s3 the boundary ranks are ceil(s n); a buyer whose contribution is at least the contribution
 * at a boundary rank gets that boundary's tier, so equal contributions never split. ABC: the
 * cumulative revenue share of the buyers ranked before and including a buyer, where equal
 * contributions all take the share of the first of them; up to the first share is A, up to
 * the second B, the rest C (all A when the total is zero). Customers without a purchase in
 * the window have no tier.
 */
public final class Tiering {

	/** The tier of each customer ({@code null}: not a buyer), as a class name. */
	public final String[] tiers;
	/** Competition rank by contribution: 1 + the number of buyers with a greater one. */
	public final int[] ranks;
	public final WindowTotals totals;
	/** The class names of the policy, from the most valuable down. */
	public final List<String> classes;
	public final TierPolicy policy;

	private Tiering(String[] tiers, int[] ranks, WindowTotals totals, List<String> classes,
			TierPolicy policy) {
		this.tiers = tiers;
		this.ranks = ranks;
		this.totals = totals;
		this.classes = classes;
		this.policy = policy;
	}

	/** The tiering under the parameters, shared per context. */
	public static Tiering of(AnalysisContext context, AnalysisParameters parameters,
			IProgressMonitor monitor) {
		int lookback = parameters.integer(ParameterNames.LOOKBACK_DAYS);
		TierPolicy policy = parameters.choice(ParameterNames.TIER_POLICY, TierPolicy.class);
		List<BigDecimal> shares = parameters.decimals(policy == TierPolicy.PYRAMID
				? ParameterNames.TIER_SHARES
				: ParameterNames.ABC_SHARES);
		int expected = policy == TierPolicy.PYRAMID ? 3 : 2;
		if (shares.size() != expected) {
			throw new IllegalArgumentException(NLS.bind(Messages.Tiering_shareCount,
					policy.name(), Integer.valueOf(expected)));
		}
		return context.shared(List.of(Tiering.class, lookback, policy, shares), Tiering.class,
				() -> compute(WindowTotals.of(context, lookback, monitor), policy, shares));
	}

	private static Tiering compute(WindowTotals totals, TierPolicy policy,
			List<BigDecimal> shares) {
		int n = totals.values.length;
		BigDecimal[] descending = new BigDecimal[totals.buyers];
		int b = 0;
		for (int c = 0; c < n; c++) {
			if (totals.isBuyer(c)) {
				descending[b++] = totals.values[c];
			}
		}
		Arrays.sort(descending, Collections.reverseOrder());

		String[] tiers = new String[n];
		int[] ranks = new int[n];
		List<String> classes;
		if (policy == TierPolicy.PYRAMID) {
			classes = names(ValueTier.values());
			BigDecimal[] thresholds = pyramidThresholds(descending, shares);
			for (int c = 0; c < n; c++) {
				if (totals.isBuyer(c)) {
					tiers[c] = classes.get(pyramidTier(totals.values[c], thresholds));
				}
			}
		} else {
			classes = names(AbcClass.values());
			BigDecimal[] cumulative = new BigDecimal[descending.length + 1];
			cumulative[0] = BigDecimal.ZERO;
			for (int i = 0; i < descending.length; i++) {
				cumulative[i + 1] = cumulative[i].add(descending[i]);
			}
			BigDecimal a = shares.get(0).multiply(totals.total);
			BigDecimal bLimit = shares.get(1).multiply(totals.total);
			for (int c = 0; c < n; c++) {
				if (totals.isBuyer(c)) {
					int first = firstAtMost(descending, totals.values[c]);
					BigDecimal share = cumulative[first + 1];
					tiers[c] = totals.total.signum() == 0 || share.compareTo(a) <= 0 ? AbcClass.A.name()
							: share.compareTo(bLimit) <= 0 ? AbcClass.B.name() : AbcClass.C.name();
				}
			}
		}
		for (int c = 0; c < n; c++) {
			if (totals.isBuyer(c)) {
				ranks[c] = firstAtMost(descending, totals.values[c]) + 1;
			}
		}
		return new Tiering(tiers, ranks, totals, classes, policy);
	}

	/** The contribution at each boundary rank ceil(share n), or null for an empty tier. */
	private static BigDecimal[] pyramidThresholds(BigDecimal[] descending, List<BigDecimal> shares) {
		int n = descending.length;
		BigDecimal[] thresholds = new BigDecimal[shares.size()];
		for (int j = 0; j < thresholds.length; j++) {
			int rank = shares.get(j).multiply(BigDecimal.valueOf(n))
					.setScale(0, RoundingMode.CEILING).intValueExact();
			rank = Math.min(rank, n);
			thresholds[j] = rank <= 0 ? null : descending[rank - 1];
		}
		return thresholds;
	}

	private static int pyramidTier(BigDecimal contribution, BigDecimal[] thresholds) {
		for (int j = 0; j < thresholds.length; j++) {
			if (thresholds[j] != null && contribution.compareTo(thresholds[j]) >= 0) {
				return j;
			}
		}
		return thresholds.length;
	}

	/** The first index of a descending array whose value is at most the given one. */
	static int firstAtMost(BigDecimal[] descending, BigDecimal value) {
		int low = 0;
		int high = descending.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (descending[middle].compareTo(value) > 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
