package org.travelcrm.core.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.travelcrm.model.Customer;

/**
 * The seeded random draw of a campaign's control group: the members held back at launch.
 * <p>
 * The draw depends only on the members' external ids, the share and the seed, not on the order
 * the members are listed in: the same campaign always holds back the same customers.
 */
public final class ControlGroupDraw {

	private ControlGroupDraw() {
	}

	/**
	 * Draws the control group.
	 *
	 * @param members the campaign's target members
	 * @param share   the share to hold back, from 0 to 1; the count is rounded half up
	 * @param seed    the seed of the draw
	 * @return the members held back, in the order drawn
	 */
	public static List<Customer> draw(List<? extends Customer> members, BigDecimal share,
			long seed) {
		if (share == null || share.signum() <= 0 || members.isEmpty()) {
			return List.of();
		}
		if (share.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("A control group share is at most 1: " + share); //$NON-NLS-1$
		}
		List<Customer> pool = new ArrayList<>(members);
		pool.sort(Comparator.comparing(Customer::getExternalId,
				Comparator.nullsFirst(Comparator.naturalOrder())));
		int size = share.multiply(BigDecimal.valueOf(pool.size()))
				.setScale(0, RoundingMode.HALF_UP).intValueExact();
		SplittableRandom random = new SplittableRandom(seed);
		// A partial Fisher-Yates shuffle: the first `size` places are the draw.
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(pool.size() - i);
			Customer swap = pool.get(i);
			pool.set(i, pool.get(j));
			pool.set(j, swap);
		}
		return List.copyOf(pool.subList(0, size));
	}
}
