package org.travelcrm.core.internal.store;

/**
 * Numbers of objects, found by identity, for saving: every reference of a saved agency is
 * looked up here, three million for a million bookings. Unlike an {@code IdentityHashMap}, the
 * numbers sit in an {@code int} array beside the objects instead of in boxed integers
 * elsewhere on the heap.
 */
final class ObjectNumbers {

	private Object[] objects = new Object[1 << 10];
	private int[] numbers = new int[1 << 10];
	private int size;

	/** The number of an object, or -1 when it has none. */
	int get(Object object) {
		int i = slot(objects, object);
		return objects[i] == null ? -1 : numbers[i];
	}

	/** Gives an object a number, unless it already has one; says whether it was new. */
	boolean add(Object object, int number) {
		if (size * 2 >= objects.length) {
			grow();
		}
		int i = slot(objects, object);
		if (objects[i] != null) {
			return false;
		}
		objects[i] = object;
		numbers[i] = number;
		size++;
		return true;
	}

	private void grow() {
		Object[] oldObjects = objects;
		int[] oldNumbers = numbers;
		objects = new Object[oldObjects.length * 2];
		numbers = new int[oldObjects.length * 2];
		for (int j = 0; j < oldObjects.length; j++) {
			if (oldObjects[j] != null) {
				int i = slot(objects, oldObjects[j]);
				objects[i] = oldObjects[j];
				numbers[i] = oldNumbers[j];
			}
		}
	}

	/** The slot of a table that holds the object, or the empty slot where it belongs. */
	private static int slot(Object[] table, Object object) {
		int mask = table.length - 1;
		int i = System.identityHashCode(object) & mask;
		while (table[i] != null && table[i] != object) {
			i = i + 1 & mask;
		}
		return i;
	}
}
