package org.travelcrm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;

/**
 * The model works outside OSGi, as the benchmarks and cross-checks use it.
 */
class ClassPathTest {

	@Test
	void theModelIsUsableWithoutAFramework() {
		Agency agency = CrmFactory.eINSTANCE.createAgency();
		assertEquals(CrmPackage.Literals.AGENCY, agency.eClass(),
				"The generated factory should create agencies outside OSGi.");
	}
}
