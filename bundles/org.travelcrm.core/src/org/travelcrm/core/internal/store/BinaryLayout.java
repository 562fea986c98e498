package org.travelcrm.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * The layout of binary agency files.
 * <p>
 * A file is the eight bytes {@link #MAGIC}, a format version, a body and the CRC-32C of
 * everything before it. The body lists the packages and classes it uses, each class with the
 * features it writes (name and {@link ColumnKind}); then the number of objects and the class
 * of each, numbered in containment order (depth first, the roots first); then the roots; then,
 * class by class and feature by feature, one column holding that feature for every object of
 * the class. Each column starts with its length in bytes and a flag byte; single-valued
 * columns carry a bitmap of the objects whose feature is set, and values repeated often are
 * written once in a dictionary and referred to by number.
 * <p>
 * Columns let a reader decode one feature of a million objects in a tight loop, and the
 * opposite lists of references (a customer's bookings) are rebuilt once at the end instead of
 * one element at a time.
 */
final class BinaryLayout {

	/** The first bytes of every binary agency file. */
	static final byte[] MAGIC = "TCRMBIN\u001A".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	/** The first bytes of files written by EMF's own binary resource, still read. */
	static final byte[] EMF_SIGNATURE = { (byte) 0x89, 'e', 'm', 'f', '\n', '\r', 0x1A, '\n' };

	static final int VERSION = 1;

	/** The column is written as a dictionary of distinct values and numbers into it. */
	static final int FLAG_DICTIONARY = 1;

	/** The column has a bitmap of the set values that are {@code null}. */
	static final int FLAG_NULLS = 2;

	/** A dictionary pays when the values repeat at least this many times on average. */
	static final int DICTIONARY_REPEATS = 4;

	/** Columns with fewer values than this are never written as dictionaries. */
	static final int DICTIONARY_MINIMUM = 64;

	private BinaryLayout() {
	}

	/**
	 * The features of a class that files keep: neither transient nor derived, and no
	 * reference to the container (the containment says it).
	 */
	static List<EStructuralFeature> persistedFeatures(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived()) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainer()) {
				continue;
			}
			if (FeatureMapUtil.isFeatureMap(feature)) {
				throw new IllegalStateException("Feature maps are not supported: " //$NON-NLS-1$
						+ eClass.getName() + '.' + feature.getName());
			}
			features.add(feature);
		}
		return features;
	}

	/** Whether a reference's other end is a list that files do not keep, rebuilt on load. */
	static boolean hasRebuiltOpposite(EReference reference) {
		EReference opposite = reference.getEOpposite();
		return opposite != null && opposite.isTransient() && !reference.isContainment()
				&& !opposite.isContainment();
	}
}
