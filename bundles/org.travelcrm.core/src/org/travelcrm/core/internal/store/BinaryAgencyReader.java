package org.travelcrm.core.internal.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.values.ModelValues;

/**
 * Reads a binary agency file written by {@link BinaryAgencyWriter}. The whole file is checked
 * against its checksum before anything is built, so a damaged or cut-off file is refused with
 * no half-read agency.
 */
final class BinaryAgencyReader {

	private final byte[] bytes;
	private final int end;
	private final EPackage.Registry packages;
	private int position;

	private EClass[] classes;
	private EStructuralFeature[][] features;
	private InternalEObject[] objects;
	private int[][] rows;

	/** Which objects have their place: a root, or contained by an object numbered before. */
	private boolean[] placed;

	/** Per object, the list it was last seen in, to find repeats in unique lists. */
	private int[] seenIn;
	private int listStamp;

	/** Both ends kept in the file: (owner, reference, target) to check against each other. */
	private final List<Object[]> bothEnds = new ArrayList<>();

	/** Per rebuilt opposite list, the pairs (source number, target number) in reading order. */
	private final Map<EReference, Links> links = new IdentityHashMap<>();

	/** Pairs of object numbers, each packed in one long with the source in the high half. */
	private static final class Links {
		long[] pairs = new long[1024];
		int count;

		void add(int source, int target) {
			if (count == pairs.length) {
				pairs = Arrays.copyOf(pairs, count * 2);
			}
			pairs[count++] = (long) source << 32 | target;
		}
	}

	BinaryAgencyReader(byte[] bytes, EPackage.Registry packages) {
		this.bytes = bytes;
		this.end = bytes.length - 4;
		this.packages = packages;
	}

	/** Whether a file starts like a binary agency file. */
	static boolean isAgencyFile(byte[] start, int length) {
		return startsWith(start, length, BinaryLayout.MAGIC);
	}

	/** Whether a file starts like one written by EMF's own binary resource. */
	static boolean isEmfFile(byte[] start, int length) {
		return startsWith(start, length, BinaryLayout.EMF_SIGNATURE);
	}

	private static boolean startsWith(byte[] start, int length, byte[] prefix) {
		return length >= prefix.length
				&& Arrays.equals(start, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Reads the file and returns its root objects. */
	List<EObject> read() throws IOException {
		if (bytes.length < BinaryLayout.MAGIC.length + 5 || !isAgencyFile(bytes, bytes.length)) {
			throw new IOException(Messages.BinaryFile_notBinary);
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, end);
		long stored = (bytes[end] & 0xFFL) | (bytes[end + 1] & 0xFFL) << 8
				| (bytes[end + 2] & 0xFFL) << 16 | (bytes[end + 3] & 0xFFL) << 24;
		if (crc.getValue() != stored) {
			throw new IOException(Messages.BinaryFile_checksum);
		}
		position = BinaryLayout.MAGIC.length;
		int version = readVarInt();
		if (version > BinaryLayout.VERSION || version < 0) {
			throw new IOException(NLS.bind(Messages.BinaryFile_newerVersion,
					Integer.toUnsignedString(version)));
		}
		if (version < 1) {
			throw damaged();
		}
		readSchema();
		createObjects();
		int rootCount = readVarInt();
		List<EObject> roots = new ArrayList<>(rootCount);
		for (int i = 0; i < rootCount; i++) {
			int root = readVarInt();
			InternalEObject object = object(root);
			if (placed[root]) {
				throw damaged();
			}
			placed[root] = true;
			roots.add(object);
		}
		for (int c = 0; c < classes.length; c++) {
			for (EStructuralFeature feature : features[c]) {
				int length = readVarInt();
				if (length < 0 || length > end - position) {
					throw damaged();
				}
				int columnEnd = position + length;
				readColumn(c, feature);
				if (position != columnEnd) {
					throw damaged();
				}
			}
		}
		if (position != end) {
			throw damaged();
		}
		for (boolean has : placed) {
			if (!has) {
				throw damaged();
			}
		}
		checkBothEnds();
		linkOpposites();
		return roots;
	}

	private void readSchema() throws IOException {
		EPackage[] used = new EPackage[readCount()];
		for (int i = 0; i < used.length; i++) {
			String nsURI = readString();
			used[i] = packages.getEPackage(nsURI);
			if (used[i] == null) {
				throw new IOException(NLS.bind(Messages.BinaryFile_unknownPackage, nsURI));
			}
		}
		classes = new EClass[readCount()];
		features = new EStructuralFeature[classes.length][];
		for (int c = 0; c < classes.length; c++) {
			int packageIndex = readVarInt();
			if (packageIndex < 0 || packageIndex >= used.length) {
				throw damaged();
			}
			String name = readString();
			EClassifier classifier = used[packageIndex].getEClassifier(name);
			if (!(classifier instanceof EClass eClass) || eClass.isAbstract()
					|| eClass.isInterface()) {
				throw new IOException(NLS.bind(Messages.BinaryFile_unknownClass, name));
			}
			if (Arrays.asList(classes).subList(0, c).contains(eClass)) {
				throw damaged();
			}
			classes[c] = eClass;
			List<EStructuralFeature> persisted = BinaryLayout.persistedFeatures(eClass);
			features[c] = new EStructuralFeature[readCount()];
			for (int f = 0; f < features[c].length; f++) {
				String featureName = readString();
				int kind = readByte();
				boolean many = readByte() != 0;
				EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
				if (feature == null) {
					throw new IOException(NLS.bind(Messages.BinaryFile_unknownFeature, name,
							featureName));
				}
				if (ColumnKind.of(feature).code != kind || feature.isMany() != many
						|| !persisted.contains(feature)) {
					throw new IOException(NLS.bind(Messages.BinaryFile_changedFeature, name,
							featureName));
				}
				if (Arrays.asList(features[c]).subList(0, f).contains(feature)) {
					throw damaged();
				}
				features[c][f] = feature;
			}
		}
	}

	private void createObjects() throws IOException {
		objects = new InternalEObject[readCount()];
		int[] classOf = new int[objects.length];
		int[] counts = new int[classes.length];
		for (int i = 0; i < objects.length; i++) {
			int c = readVarInt();
			if (c < 0 || c >= classes.length) {
				throw damaged();
			}
			classOf[i] = c;
			counts[c]++;
		}
		placed = new boolean[objects.length];
		seenIn = new int[objects.length];
		rows = new int[classes.length][];
		for (int c = 0; c < classes.length; c++) {
			rows[c] = new int[counts[c]];
			counts[c] = 0;
		}
		for (int i = 0; i < objects.length; i++) {
			int c = classOf[i];
			EClass eClass = classes[c];
			objects[i] = (InternalEObject) eClass.getEPackage().getEFactoryInstance()
					.create(eClass);
			rows[c][counts[c]++] = i;
		}
	}

	private InternalEObject object(int number) throws IOException {
		if (number < 0 || number >= objects.length) {
			throw damaged();
		}
		return objects[number];
	}

	/**
	 * The object a reference of an object holds, of the reference's type; one it contains must
	 * come after it and have no other place.
	 */
	private InternalEObject target(EReference reference, int owner, int number)
			throws IOException {
		InternalEObject target = object(number);
		if (!reference.getEReferenceType().isInstance(target)) {
			throw damaged();
		}
		if (reference.isContainment()) {
			if (number <= owner || placed[number]) {
				throw damaged();
			}
			placed[number] = true;
		}
		return target;
	}

	/** Checks that each reference kept on both ends is held by the other end too. */
	private void checkBothEnds() throws IOException {
		for (Object[] link : bothEnds) {
			EReference opposite = ((EReference) link[1]).getEOpposite();
			Object back = ((EObject) link[2]).eGet(opposite, false);
			boolean held = opposite.isMany() ? ((List<?>) back).contains(link[0])
					: back == link[0];
			if (!held) {
				throw new IOException(NLS.bind(Messages.BinaryFile_oneSided,
						((EObject) link[0]).eClass().getName() + '.'
								+ ((EReference) link[1]).getName()));
			}
		}
	}

	private void readColumn(int c, EStructuralFeature feature) throws IOException {
		int[] numbers = rows[c];
		int featureID = classes[c].getFeatureID(feature);
		ColumnKind kind = ColumnKind.of(feature);
		int flags = readByte();
		if (feature.isMany()) {
			readListColumn(numbers, featureID, feature, kind);
			return;
		}
		int bitmap = position;
		skip((numbers.length + 7) >>> 3);
		if (kind == ColumnKind.REFERENCE || kind == ColumnKind.CONTAINMENT) {
			readReferenceColumn(numbers, bitmap, featureID, (EReference) feature);
			return;
		}
		int present = 0;
		for (int r = 0; r < numbers.length; r++) {
			if (bit(bitmap, r)) {
				present++;
			}
		}
		boolean nullable = kind.nullable(feature);
		if ((flags & BinaryLayout.FLAG_DICTIONARY) != 0) {
			Object[] dictionary = new Object[readCount()];
			for (int i = 0; i < dictionary.length; i++) {
				dictionary[i] = readValue(kind, feature);
			}
			for (int r = 0; r < numbers.length; r++) {
				if (bit(bitmap, r)) {
					int index = readVarInt();
					if (index < 0 || index > dictionary.length || index == 0 && !nullable) {
						throw damaged();
					}
					objects[numbers[r]].eSet(featureID, index == 0 ? null
							: dictionary[index - 1]);
				}
			}
			return;
		}
		int nulls = -1;
		if ((flags & BinaryLayout.FLAG_NULLS) != 0) {
			if (!nullable) {
				throw damaged();
			}
			nulls = position;
			skip((present + 7) >>> 3);
		}
		int p = 0;
		for (int r = 0; r < numbers.length; r++) {
			if (bit(bitmap, r)) {
				boolean isNull = nulls >= 0 && bit(nulls, p);
				p++;
				objects[numbers[r]].eSet(featureID, isNull ? null : readValue(kind, feature));
			}
		}
	}

	private void readReferenceColumn(int[] numbers, int bitmap, int featureID,
			EReference reference) throws IOException {
		Links rebuilt = BinaryLayout.hasRebuiltOpposite(reference)
				? linksOf(reference.getEOpposite())
				: null;
		boolean ownSideOnly = reference.getEOpposite() != null && !reference.isContainment();
		for (int r = 0; r < numbers.length; r++) {
			if (!bit(bitmap, r)) {
				continue;
			}
			int number = readVarInt();
			InternalEObject owner = objects[numbers[r]];
			InternalEObject target = number == 0 ? null
					: target(reference, numbers[r], number - 1);
			if (number == 0 || !ownSideOnly) {
				owner.eSet(featureID, target);
				continue;
			}
			// The owner is new: this sets its side only; the other side is read or rebuilt.
			owner.eInverseAdd(target, featureID, null, null);
			if (rebuilt != null) {
				rebuilt.add(numbers[r], number - 1);
			} else {
				bothEnds.add(new Object[] { owner, reference, target });
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void readListColumn(int[] numbers, int featureID, EStructuralFeature feature,
			ColumnKind kind) throws IOException {
		boolean reference = kind == ColumnKind.REFERENCE || kind == ColumnKind.CONTAINMENT;
		EReference eReference = reference ? (EReference) feature : null;
		boolean ownSideOnly = reference && kind == ColumnKind.REFERENCE
				&& eReference.getEOpposite() != null;
		Links rebuilt = ownSideOnly && BinaryLayout.hasRebuiltOpposite(eReference)
				? linksOf(eReference.getEOpposite())
				: null;
		for (int number : numbers) {
			int size = readCount();
			if (size == 0) {
				continue;
			}
			InternalEObject owner = objects[number];
			InternalEList<Object> list = (InternalEList<Object>) owner.eGet(featureID, false,
					true);
			Object[] elements = new Object[size];
			listStamp++;
			for (int i = 0; i < size; i++) {
				if (reference) {
					int target = readVarInt();
					elements[i] = target(eReference, number, target);
					if (seenIn[target] == listStamp && feature.isUnique()) {
						throw damaged();
					}
					seenIn[target] = listStamp;
					if (rebuilt != null) {
						rebuilt.add(number, target);
					} else if (ownSideOnly) {
						bothEnds.add(new Object[] { owner, eReference, elements[i] });
					}
				} else {
					elements[i] = readByte() == 0 ? null : readValue(kind, feature);
				}
			}
			if (!reference && feature.isUnique()
					&& new HashSet<>(Arrays.asList(elements)).size() != size) {
				throw damaged();
			}
			if (ownSideOnly) {
				for (Object element : elements) {
					list.basicAdd(element, null);
				}
			} else {
				list.addAllUnique(Arrays.asList(elements));
			}
		}
	}

	private Links linksOf(EReference opposite) {
		return links.computeIfAbsent(opposite, o -> new Links());
	}

	/**
	 * Fills the opposite lists: each target gets its sources in file order, in one array of
	 * exactly their number.
	 */
	@SuppressWarnings("unchecked")
	private void linkOpposites() {
		links.forEach((opposite, found) -> {
			long[] pairs = found.pairs;
			int count = found.count;
			boolean ordered = true;
			for (int i = 1; i < count && ordered; i++) {
				ordered = pairs[i - 1] < pairs[i];
			}
			if (!ordered) {
				Arrays.sort(pairs, 0, count);
			}
			int[] sizes = new int[objects.length];
			for (int i = 0; i < count; i++) {
				sizes[(int) pairs[i]]++;
			}
			Object[][] lists = new Object[objects.length][];
			for (int i = 0; i < count; i++) {
				int target = (int) pairs[i];
				if (lists[target] == null) {
					lists[target] = new Object[sizes[target]];
					sizes[target] = 0;
				}
				lists[target][sizes[target]++] = objects[(int) (pairs[i] >>> 32)];
			}
			Map<EClass, Integer> featureIDs = new IdentityHashMap<>();
			for (int target = 0; target < lists.length; target++) {
				if (lists[target] == null) {
					continue;
				}
				InternalEObject owner = objects[target];
				int featureID = featureIDs.computeIfAbsent(owner.eClass(),
						eClass -> eClass.getFeatureID(opposite));
				InternalEList<Object> list = (InternalEList<Object>) owner.eGet(featureID, false,
						true);
				if (list.isEmpty() && list instanceof BasicEList<?> basic) {
					basic.setData(lists[target].length, lists[target]);
				} else {
					for (Object source : lists[target]) {
						list.basicAdd(source, null);
					}
				}
			}
		});
	}

	/** A value; one out of its type's range is damage, not an error of its type's class. */
	private Object readValue(ColumnKind kind, EStructuralFeature feature) throws IOException {
		int start = position;
		try {
			return readValueUnchecked(kind, feature);
		} catch (RuntimeException e) {
			throw new IOException(NLS.bind(Messages.BinaryFile_damaged, start), e);
		}
	}

	private Object readValueUnchecked(ColumnKind kind, EStructuralFeature feature)
			throws IOException {
		EDataType type = ((EAttribute) feature).getEAttributeType();
		return switch (kind) {
			case STRING -> {
				String text = readString();
				yield type == CrmPackage.Literals.LABEL ? ModelValues.label(text) : text;
			}
			case INT -> Integer.valueOf(Math.toIntExact(readSigned()));
			case LONG -> Long.valueOf(readSigned());
			case BOOLEAN -> switch (readByte()) {
				case 0 -> Boolean.FALSE;
				case 1 -> Boolean.TRUE;
				default -> throw damaged();
			};
			case DOUBLE -> Double.valueOf(Double.longBitsToDouble(readLong()));
			case ENUM -> {
				int value = Math.toIntExact(readSigned());
				EEnumLiteral literal = ((EEnum) type).getEEnumLiteral(value);
				if (literal == null) {
					throw new IOException(NLS.bind(Messages.BinaryFile_unknownLiteral,
							type.getName(), value));
				}
				yield literal.getInstance();
			}
			case DATE -> ModelValues.date(LocalDate.ofEpochDay(readSigned()));
			case DECIMAL -> readDecimal();
			case INSTANT -> {
				long seconds = readSigned();
				int nanos = readVarInt();
				if (nanos < 0 || nanos > 999_999_999) {
					throw damaged();
				}
				yield Instant.ofEpochSecond(seconds, nanos);
			}
			case TEXT -> type.getEPackage().getEFactoryInstance().createFromString(type,
					readString());
			default -> throw damaged();
		};
	}

	private BigDecimal readDecimal() throws IOException {
		int scale = Math.toIntExact(readSigned());
		if (readByte() == 0) {
			return BigDecimal.valueOf(readSigned(), scale);
		}
		int length = readCount();
		int start = position;
		skip(length);
		if (length == 0) {
			throw damaged();
		}
		return new BigDecimal(new BigInteger(bytes, start, length), scale);
	}

	private boolean bit(int bitmap, int index) {
		return (bytes[bitmap + (index >>> 3)] & (1 << (index & 7))) != 0;
	}

	private void skip(int length) throws IOException {
		if (length < 0 || position + length > end) {
			throw damaged();
		}
		position += length;
	}

	private int readByte() throws IOException {
		if (position >= end) {
			throw damaged();
		}
		return bytes[position++] & 0xFF;
	}

	private long readLong() throws IOException {
		int start = position;
		skip(8);
		long value = 0;
		for (int i = 7; i >= 0; i--) {
			value = value << 8 | (bytes[start + i] & 0xFFL);
		}
		return value;
	}

	private long readVarLong() throws IOException {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			if (position >= end) {
				throw damaged();
			}
			byte b = bytes[position++];
			value |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
		throw damaged();
	}

	private int readVarInt() throws IOException {
		long value = readVarLong();
		if (value > 0xFFFFFFFFL) {
			throw damaged();
		}
		return (int) value;
	}

	/** A count of things that each take at least one byte; more than the file holds is damage. */
	private int readCount() throws IOException {
		int count = readVarInt();
		if (count < 0 || count > end - position) {
			throw damaged();
		}
		return count;
	}

	private long readSigned() throws IOException {
		long value = readVarLong();
		return (value >>> 1) ^ -(value & 1);
	}

	private String readString() throws IOException {
		int length = readCount();
		String text = new String(bytes, position, length, StandardCharsets.UTF_8);
		position += length;
		return text;
	}

	private IOException damaged() {
		return new IOException(NLS.bind(Messages.BinaryFile_damaged, position));
	}
}
