package org.travelcrm.core.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of agency files.
 * <p>
 * References inside an agency are written as positions ({@code //@customers.123}). EMF finds a
 * position by searching the containing list, which makes saving quadratic in the size of the
 * agency; this resource numbers the agency's large lists once per save instead.
 */
final class AgencyXmiResource extends XMIResourceImpl {

	/** Lists shorter than this are searched; numbering them would not pay. */
	private static final int NUMBERED_LIST_SIZE = 64;

	private ObjectNumbers positions;

	AgencyXmiResource(URI uri) {
		super(uri);
		setEncoding("UTF-8"); //$NON-NLS-1$
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		positions = numberRootLists();
		try {
			super.doSave(outputStream, options);
		} finally {
			positions = null;
		}
	}

	@Override
	public String getURIFragment(EObject eObject) {
		int position = positions == null ? -1 : positions.get(eObject);
		if (position < 0) {
			return super.getURIFragment(eObject);
		}
		return "//@" + eObject.eContainmentFeature().getName() + '.' + position; //$NON-NLS-1$
	}

	private ObjectNumbers numberRootLists() {
		if (getContents().size() != 1) {
			return null;
		}
		EObject root = getContents().get(0);
		ObjectNumbers numbers = new ObjectNumbers();
		for (EReference containment : root.eClass().getEAllContainments()) {
			if (!containment.isMany() || containment.isTransient()) {
				continue;
			}
			List<?> list = (List<?>) root.eGet(containment);
			if (list.size() < NUMBERED_LIST_SIZE) {
				continue;
			}
			for (int i = 0; i < list.size(); i++) {
				numbers.add(list.get(i), i);
			}
			// The numbering must give exactly what EMF would write; if it ever does not, fall
			// back to EMF's own search for this save.
			EObject first = (EObject) list.get(0);
			String expected = super.getURIFragment(first);
			if (!expected.equals("//@" + containment.getName() + ".0")) { //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
		}
		return numbers;
	}
}
