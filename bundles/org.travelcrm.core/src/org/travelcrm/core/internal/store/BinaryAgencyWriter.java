package org.travelcrm.core.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.osgi.util.NLS;

/**
 * Writes objects and everything they contain as a binary agency file; see {@link BinaryLayout}.
 */
final class BinaryAgencyWriter {

	/** Stands for a feature that is not set, in {@link #gather(ClassTable)}. */
	private static final Object UNSET = new Object();

	private final ObjectNumbers numbers = new ObjectNumbers();
	private final List<EObject> objects = new ArrayList<>();
	private final Map<EClass, ClassTable> tables = new LinkedHashMap<>();
	private final CRC32C checksum = new CRC32C();
	private final ByteSink column = new ByteSink(1 << 16);
	private final ByteSink values = new ByteSink(1 << 16);

	/** The objects of one class, in file order, with the features written for them. */
	private static final class ClassTable {
		final int id;
		final EClass eClass;
		final List<EStructuralFeature> features;
		final List<EObject> rows = new ArrayList<>();

		ClassTable(int id, EClass eClass) {
			this.id = id;
			this.eClass = eClass;
			this.features = BinaryLayout.persistedFeatures(eClass);
		}
	}

	/** Writes the roots and their contents. */
	void write(List<? extends EObject> roots, OutputStream out) throws IOException {
		for (EObject root : roots) {
			number(root);
		}
		ByteSink head = new ByteSink(1 << 16);
		head.write(BinaryLayout.MAGIC, 0, BinaryLayout.MAGIC.length);
		head.writeVarInt(BinaryLayout.VERSION);
		writeSchema(head);
		head.writeVarInt(objects.size());
		for (EObject object : objects) {
			head.writeVarInt(tables.get(object.eClass()).id);
		}
		head.writeVarInt(roots.size());
		for (EObject root : roots) {
			head.writeVarInt(numbers.get(root));
		}
		emit(head, out);
		for (ClassTable table : tables.values()) {
			Object[][] values = gather(table);
			for (int f = 0; f < values.length; f++) {
				column.clear();
				writeColumn(table, table.features.get(f), values[f]);
				values[f] = null;
				head.clear();
				head.writeVarInt(column.size());
				emit(head, out);
				emit(column, out);
			}
		}
		long crc = checksum.getValue();
		out.write(new byte[] { (byte) crc, (byte) (crc >>> 8), (byte) (crc >>> 16),
				(byte) (crc >>> 24) });
	}

	private void emit(ByteSink sink, OutputStream out) throws IOException {
		sink.writeTo(new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				checksum.update(b);
				out.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				checksum.update(b, off, len);
				out.write(b, off, len);
			}
		});
	}

	/** Numbers an object and its contents depth first, without recursion. */
	private void number(EObject root) {
		Deque<EObject> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			EObject object = pending.pop();
			if (!numbers.add(object, objects.size())) {
				continue;
			}
			objects.add(object);
			ClassTable table = tables.computeIfAbsent(object.eClass(),
					c -> new ClassTable(tables.size(), c));
			table.rows.add(object);
			List<EObject> children = new ArrayList<>();
			for (EStructuralFeature feature : table.features) {
				if (feature instanceof EReference reference && reference.isContainment()
						&& object.eIsSet(reference)) {
					Object value = object.eGet(reference, false);
					if (reference.isMany()) {
						for (Object child : (List<?>) value) {
							children.add((EObject) child);
						}
					} else if (value != null) {
						children.add((EObject) value);
					}
				}
			}
			for (int i = children.size() - 1; i >= 0; i--) {
				pending.push(children.get(i));
			}
		}
	}

	private void writeSchema(ByteSink out) {
		List<EPackage> packages = new ArrayList<>();
		for (ClassTable table : tables.values()) {
			if (!packages.contains(table.eClass.getEPackage())) {
				packages.add(table.eClass.getEPackage());
			}
		}
		out.writeVarInt(packages.size());
		for (EPackage ePackage : packages) {
			out.writeString(ePackage.getNsURI());
		}
		out.writeVarInt(tables.size());
		for (ClassTable table : tables.values()) {
			out.writeVarInt(packages.indexOf(table.eClass.getEPackage()));
			out.writeString(table.eClass.getName());
			out.writeVarInt(table.features.size());
			for (EStructuralFeature feature : table.features) {
				out.writeString(feature.getName());
				out.write(ColumnKind.of(feature).code);
				out.write(feature.isMany() ? 1 : 0);
			}
		}
	}

	/**
	 * Reads every feature of every object of a table in one pass, object by object, with
	 * {@link #UNSET} for a feature that is not set. The columns are then written from these
	 * arrays: each object is visited once instead of once per feature, and with a million
	 * bookings spread over the heap, visiting them is most of the work of a save.
	 */
	private static Object[][] gather(ClassTable table) {
		List<EObject> rows = table.rows;
		int[] featureIDs = new int[table.features.size()];
		for (int f = 0; f < featureIDs.length; f++) {
			featureIDs[f] = table.eClass.getFeatureID(table.features.get(f));
		}
		Object[][] values = new Object[featureIDs.length][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			InternalEObject row = (InternalEObject) rows.get(r);
			for (int f = 0; f < featureIDs.length; f++) {
				// An empty list is not asked for: generated getters create lists on demand,
				// and a save must not leave a million empty ones behind.
				values[f][r] = row.eIsSet(featureIDs[f])
						? row.eGet(featureIDs[f], false, true)
						: UNSET;
			}
		}
		return values;
	}

	/**
	 * Writes one feature of a table's objects.
	 *
	 * @param values the feature's value for each object, {@link #UNSET} where it is not set
	 */
	private void writeColumn(ClassTable table, EStructuralFeature feature, Object[] values)
			throws IOException {
		ColumnKind kind = ColumnKind.of(feature);
		List<EObject> rows = table.rows;
		if (feature.isMany()) {
			column.write(0);
			for (int r = 0; r < values.length; r++) {
				if (values[r] == UNSET) {
					column.writeVarInt(0);
					continue;
				}
				List<?> list = (List<?>) values[r];
				column.writeVarInt(list.size());
				for (Object value : list) {
					if (kind == ColumnKind.REFERENCE || kind == ColumnKind.CONTAINMENT) {
						column.writeVarInt(numberOf(rows.get(r), feature, (EObject) value));
					} else if (value == null) {
						column.write(0);
					} else {
						column.write(1);
						writeValue(column, kind, feature, value);
					}
				}
			}
			return;
		}
		boolean[] set = new boolean[values.length];
		List<Object> present = new ArrayList<>();
		for (int r = 0; r < values.length; r++) {
			if (values[r] != UNSET) {
				set[r] = true;
				present.add(values[r]);
			}
		}
		if (kind == ColumnKind.REFERENCE || kind == ColumnKind.CONTAINMENT) {
			column.write(0);
			column.writeBits(set, set.length);
			int p = 0;
			for (int r = 0; r < rows.size(); r++) {
				if (set[r]) {
					EObject target = (EObject) present.get(p++);
					column.writeVarInt(target == null ? 0 : numberOf(rows.get(r), feature, target)
							+ 1);
				}
			}
			return;
		}
		writeAttributeColumn(kind, feature, set, present);
	}

	private void writeAttributeColumn(ColumnKind kind, EStructuralFeature feature,
			boolean[] set, List<Object> present) {
		Map<Object, Integer> distinct = new HashMap<>();
		boolean nulls = false;
		for (Object value : present) {
			if (value == null) {
				nulls = true;
			} else if (distinct.size() * BinaryLayout.DICTIONARY_REPEATS <= present.size()) {
				distinct.putIfAbsent(value, distinct.size());
			}
		}
		boolean dictionary = present.size() >= BinaryLayout.DICTIONARY_MINIMUM
				&& distinct.size() * BinaryLayout.DICTIONARY_REPEATS <= present.size();
		if (dictionary) {
			column.write(BinaryLayout.FLAG_DICTIONARY);
			column.writeBits(set, set.length);
			Object[] entries = new Object[distinct.size()];
			distinct.forEach((value, index) -> entries[index] = value);
			column.writeVarInt(entries.length);
			for (Object entry : entries) {
				writeValue(column, kind, feature, entry);
			}
			for (Object value : present) {
				column.writeVarInt(value == null ? 0 : distinct.get(value) + 1);
			}
			return;
		}
		column.write(nulls ? BinaryLayout.FLAG_NULLS : 0);
		column.writeBits(set, set.length);
		if (nulls) {
			boolean[] isNull = new boolean[present.size()];
			for (int p = 0; p < isNull.length; p++) {
				isNull[p] = present.get(p) == null;
			}
			column.writeBits(isNull, isNull.length);
		}
		values.clear();
		for (Object value : present) {
			if (value != null) {
				writeValue(values, kind, feature, value);
			}
		}
		column.append(values);
	}

	private int numberOf(EObject owner, EStructuralFeature feature, EObject target)
			throws IOException {
		int number = numbers.get(target);
		if (number < 0) {
			throw new IOException(NLS.bind(Messages.BinaryFile_outsideReference,
					owner.eClass().getName() + '.' + feature.getName(),
					target.eClass().getName()));
		}
		return number;
	}

	private static void writeValue(ByteSink out, ColumnKind kind, EStructuralFeature feature,
			Object value) {
		switch (kind) {
			case STRING -> out.writeString((String) value);
			case INT -> out.writeSigned(((Integer) value).intValue());
			case LONG -> out.writeSigned(((Long) value).longValue());
			case BOOLEAN -> out.write(((Boolean) value).booleanValue() ? 1 : 0);
			case DOUBLE -> out.writeLong(Double.doubleToRawLongBits((Double) value));
			case ENUM -> out.writeSigned(((Enumerator) value).getValue());
			case DATE -> out.writeSigned(((LocalDate) value).toEpochDay());
			case DECIMAL -> writeDecimal(out, (BigDecimal) value);
			case INSTANT -> {
				Instant instant = (Instant) value;
				out.writeSigned(instant.getEpochSecond());
				out.writeVarInt(instant.getNano());
			}
			case TEXT -> {
				EDataType type = ((EAttribute) feature).getEAttributeType();
				out.writeString(type.getEPackage().getEFactoryInstance().convertToString(type,
						value));
			}
			default -> throw new IllegalArgumentException(kind.name());
		}
	}

	private static void writeDecimal(ByteSink out, BigDecimal value) {
		out.writeSigned(value.scale());
		BigInteger unscaled = value.unscaledValue();
		if (unscaled.bitLength() < 64) {
			out.write(0);
			out.writeSigned(unscaled.longValue());
		} else {
			byte[] bytes = unscaled.toByteArray();
			out.write(1);
			out.writeVarInt(bytes.length);
			out.write(bytes, 0, bytes.length);
		}
	}
}
