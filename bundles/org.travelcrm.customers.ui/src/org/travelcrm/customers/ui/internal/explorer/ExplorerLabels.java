package org.travelcrm.customers.ui.internal.explorer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Folder;
import org.travelcrm.customers.ui.internal.explorer.ExplorerNodes.Range;
import org.travelcrm.ui.agency.OpenAgencies;
import org.travelcrm.ui.agency.OpenAgency;
import org.travelcrm.ui.emf.ItemProviderLabelProvider;

/** Labels of the explorer: agencies with a dirty mark, folders with counts, model objects. */
final class ExplorerLabels extends LabelProvider {

	private final Map<OpenAgency, ItemProviderLabelProvider> objectLabels = new HashMap<>();

	@Override
	public String getText(Object element) {
		if (element instanceof OpenAgency agency) {
			return (agency.isDirty() ? "*" : "") + agency.getLabel(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element instanceof Folder folder) {
			return NLS.bind(Messages.Folder_label, name(folder.kind()), folder.count());
		}
		if (element instanceof Range range) {
			return NLS.bind(Messages.Range_label, range.from() + 1, range.to());
		}
		ItemProviderLabelProvider labels = labelsOf(element);
		return labels == null ? String.valueOf(element) : labels.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		if (element instanceof OpenAgency) {
			return shared.getImage(ISharedImages.IMG_OBJ_PROJECT);
		}
		if (element instanceof Folder || element instanceof Range) {
			return shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		ItemProviderLabelProvider labels = labelsOf(element);
		return labels == null ? null : labels.getImage(element);
	}

	/** Lets go of the labels of a closed agency. */
	void closed(OpenAgency agency) {
		ItemProviderLabelProvider labels = objectLabels.remove(agency);
		if (labels != null) {
			labels.dispose();
		}
	}

	@Override
	public void dispose() {
		objectLabels.values().forEach(ItemProviderLabelProvider::dispose);
		objectLabels.clear();
		super.dispose();
	}

	private ItemProviderLabelProvider labelsOf(Object element) {
		OpenAgency agency = element instanceof EObject object
				? OpenAgencies.getDefault().find(object) : null;
		if (agency == null || agency.isClosed()) {
			return null;
		}
		return objectLabels.computeIfAbsent(agency,
				open -> new ItemProviderLabelProvider(open.getAdapterFactory()));
	}

	static String name(ExplorerNodes.Kind kind) {
		return switch (kind) {
			case INDIVIDUALS -> Messages.Folder_individuals;
			case ORGANIZATIONS -> Messages.Folder_organizations;
			case PRODUCTS -> Messages.Folder_products;
			case BOOKINGS -> Messages.Folder_bookings;
			case GOALS -> Messages.Folder_goals;
			case SEGMENTS -> Messages.Folder_segments;
			case CAMPAIGNS -> Messages.Folder_campaigns;
			case SNAPSHOTS -> Messages.Folder_snapshots;
		};
	}
}
