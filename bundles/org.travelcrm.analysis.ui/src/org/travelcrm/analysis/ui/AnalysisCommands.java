package org.travelcrm.analysis.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.travelcrm.core.AgencyIndex;
import org.travelcrm.core.analysis.AnalysisResult;
import org.travelcrm.core.analysis.AnalysisSnapshots;
import org.travelcrm.core.analysis.DataFingerprint;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;
import org.travelcrm.model.Customer;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Segment;

/**
 * The undoable changes the analysis views make to an agency: a segment of the customers behind
 * a bar or row, a snapshot of a result, and new saved analysis settings. Each is one command on
 * the agency's editing domain.
 */
public final class AnalysisCommands {

	private AnalysisCommands() {
	}

	/**
	 * A command adding a segment whose frozen members are these customers.
	 *
	 * @param customerIds external ids; unknown ids are left out
	 */
	public static Command addSegment(EditingDomain domain, Agency agency, String name,
			String description, AnalysisResult result, List<String> customerIds) {
		Segment segment = CrmFactory.eINSTANCE.createSegment();
		segment.setName(name);
		segment.setDescription(description);
		MemberSnapshot members = CrmFactory.eINSTANCE.createMemberSnapshot();
		members.setTakenAt(Instant.now());
		members.setAsOf(result.asOf());
		members.getParameters().putAll(result.parameters());
		members.setDataFingerprint(DataFingerprint.of(agency));
		AgencyIndex index = AgencyIndex.of(agency);
		List<Customer> customers = new ArrayList<>(customerIds.size());
		for (String id : customerIds) {
			Customer customer = index.customer(id);
			if (customer != null) {
				customers.add(customer);
			}
		}
		members.getMembers().addAll(customers);
		segment.getSnapshots().add(members);
		return AddCommand.create(domain, agency, CrmPackage.Literals.AGENCY__SEGMENTS, segment);
	}

	/** A command adding a snapshot of a result computed on the agency's current data. */
	public static Command addSnapshot(EditingDomain domain, Agency agency,
			AnalysisResult result) {
		return AddCommand.create(domain, agency, CrmPackage.Literals.AGENCY__SNAPSHOTS,
				AnalysisSnapshots.create(result, DataFingerprint.of(agency), Instant.now()));
	}

	/**
	 * A command that makes these values the agency's saved analysis settings; settings not
	 * named keep their value, a blank value removes the setting.
	 */
	public static Command applySettings(EditingDomain domain, Agency agency,
			Map<String, String> values) {
		List<EObject> entries = new ArrayList<>();
		for (Map.Entry<String, String> entry : agency.getAnalysisSettings().entrySet()) {
			if (!values.containsKey(entry.getKey())) {
				entries.add(entry(entry.getKey(), entry.getValue()));
			}
		}
		for (Map.Entry<String, String> value : values.entrySet()) {
			if (value.getValue() != null && !value.getValue().isBlank()) {
				entries.add(entry(value.getKey(), value.getValue().trim()));
			}
		}
		return SetCommand.create(domain, agency, CrmPackage.Literals.AGENCY__ANALYSIS_SETTINGS,
				entries);
	}

	@SuppressWarnings("unchecked")
	private static EObject entry(String key, String value) {
		EObject entry = EcoreUtil.create(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
		((Map.Entry<String, String>) entry).setValue(value);
		entry.eSet(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY__KEY, key);
		return entry;
	}
}
