/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * Generated from crm.genmodel by releng/scripts/regenerate-model; members marked @generated NOT are written by hand.
 */
package org.travelcrm.model.util;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.travelcrm.model.*;
import org.travelcrm.model.validation.ModelRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.travelcrm.model.CrmPackage
 * @generated
 */
public class CrmValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CrmValidator INSTANCE = new CrmValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.travelcrm.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CrmPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CrmPackage.AGENCY:
				return validateAgency((Agency)value, diagnostics, context);
			case CrmPackage.CUSTOMER:
				return validateCustomer((Customer)value, diagnostics, context);
			case CrmPackage.INDIVIDUAL_TOURIST:
				return validateIndividualTourist((IndividualTourist)value, diagnostics, context);
			case CrmPackage.ORGANIZATION:
				return validateOrganization((Organization)value, diagnostics, context);
			case CrmPackage.CONTACT_PERSON:
				return validateContactPerson((ContactPerson)value, diagnostics, context);
			case CrmPackage.TRAVEL_PRODUCT:
				return validateTravelProduct((TravelProduct)value, diagnostics, context);
			case CrmPackage.BOOKING:
				return validateBooking((Booking)value, diagnostics, context);
			case CrmPackage.SURVEY:
				return validateSurvey((Survey)value, diagnostics, context);
			case CrmPackage.INTERACTION:
				return validateInteraction((Interaction)value, diagnostics, context);
			case CrmPackage.STRATEGIC_GOAL:
				return validateStrategicGoal((StrategicGoal)value, diagnostics, context);
			case CrmPackage.GOAL_STAGE:
				return validateGoalStage((GoalStage)value, diagnostics, context);
			case CrmPackage.SEGMENT:
				return validateSegment((Segment)value, diagnostics, context);
			case CrmPackage.SEGMENT_CRITERION:
				return validateSegmentCriterion((SegmentCriterion)value, diagnostics, context);
			case CrmPackage.MEMBER_SNAPSHOT:
				return validateMemberSnapshot((MemberSnapshot)value, diagnostics, context);
			case CrmPackage.CAMPAIGN:
				return validateCampaign((Campaign)value, diagnostics, context);
			case CrmPackage.CAMPAIGN_KPI:
				return validateCampaignKpi((CampaignKpi)value, diagnostics, context);
			case CrmPackage.EVALUATION:
				return validateEvaluation((Evaluation)value, diagnostics, context);
			case CrmPackage.KPI_MEASUREMENT:
				return validateKpiMeasurement((KpiMeasurement)value, diagnostics, context);
			case CrmPackage.GOAL_CHANGE:
				return validateGoalChange((GoalChange)value, diagnostics, context);
			case CrmPackage.CRM_CYCLE:
				return validateCrmCycle((CrmCycle)value, diagnostics, context);
			case CrmPackage.CYCLE_STEP:
				return validateCycleStep((CycleStep)value, diagnostics, context);
			case CrmPackage.ANALYSIS_SNAPSHOT:
				return validateAnalysisSnapshot((AnalysisSnapshot)value, diagnostics, context);
			case CrmPackage.GENDER:
				return validateGender((Gender)value, diagnostics, context);
			case CrmPackage.TRAVEL_PURPOSE:
				return validateTravelPurpose((TravelPurpose)value, diagnostics, context);
			case CrmPackage.ORGANIZATION_SIZE:
				return validateOrganizationSize((OrganizationSize)value, diagnostics, context);
			case CrmPackage.PRODUCT_KIND:
				return validateProductKind((ProductKind)value, diagnostics, context);
			case CrmPackage.BOOKING_STATUS:
				return validateBookingStatus((BookingStatus)value, diagnostics, context);
			case CrmPackage.SURVEY_SCALE:
				return validateSurveyScale((SurveyScale)value, diagnostics, context);
			case CrmPackage.INTERACTION_KIND:
				return validateInteractionKind((InteractionKind)value, diagnostics, context);
			case CrmPackage.GOAL_METRIC:
				return validateGoalMetric((GoalMetric)value, diagnostics, context);
			case CrmPackage.GOAL_DIRECTION:
				return validateGoalDirection((GoalDirection)value, diagnostics, context);
			case CrmPackage.CAMPAIGN_STATUS:
				return validateCampaignStatus((CampaignStatus)value, diagnostics, context);
			case CrmPackage.CYCLE_STEP_KIND:
				return validateCycleStepKind((CycleStepKind)value, diagnostics, context);
			case CrmPackage.STEP_STATUS:
				return validateStepStatus((StepStatus)value, diagnostics, context);
			case CrmPackage.CRITERION_OPERATOR:
				return validateCriterionOperator((CriterionOperator)value, diagnostics, context);
			case CrmPackage.DATE:
				return validateDate((LocalDate)value, diagnostics, context);
			case CrmPackage.MONEY:
				return validateMoney((BigDecimal)value, diagnostics, context);
			case CrmPackage.TIMESTAMP:
				return validateTimestamp((Instant)value, diagnostics, context);
			case CrmPackage.LABEL:
				return validateLabel((String)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAgency(Agency agency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(agency, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validateAgency_uniqueCustomerIds(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validateAgency_uniqueBookingIds(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validateAgency_uniqueProductCodes(agency, diagnostics, context);
		if (result || diagnostics != null) result &= validateAgency_hasCurrencyAndTimeZone(agency, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCustomerIds constraint of '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAgency_uniqueCustomerIds(Agency agency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueCustomerIds(agency, diagnostics);
	}

	/**
	 * Validates the uniqueBookingIds constraint of '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAgency_uniqueBookingIds(Agency agency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueBookingIds(agency, diagnostics);
	}

	/**
	 * Validates the uniqueProductCodes constraint of '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAgency_uniqueProductCodes(Agency agency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.uniqueProductCodes(agency, diagnostics);
	}

	/**
	 * Validates the hasCurrencyAndTimeZone constraint of '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAgency_hasCurrencyAndTimeZone(Agency agency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.hasCurrencyAndTimeZone(agency, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomer(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(customer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(customer, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomer_hasExternalId(customer, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasExternalId constraint of '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateCustomer_hasExternalId(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.customerHasExternalId(customer, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndividualTourist(IndividualTourist individualTourist, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(individualTourist, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(individualTourist, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomer_hasExternalId(individualTourist, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganization(Organization organization, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(organization, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(organization, diagnostics, context);
		if (result || diagnostics != null) result &= validateCustomer_hasExternalId(organization, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactPerson(ContactPerson contactPerson, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contactPerson, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTravelProduct(TravelProduct travelProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(travelProduct, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validateTravelProduct_hasCode(travelProduct, diagnostics, context);
		if (result || diagnostics != null) result &= validateTravelProduct_nonNegativePrice(travelProduct, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasCode constraint of '<em>Travel Product</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTravelProduct_hasCode(TravelProduct travelProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.productHasCode(travelProduct, diagnostics);
	}

	/**
	 * Validates the nonNegativePrice constraint of '<em>Travel Product</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTravelProduct_nonNegativePrice(TravelProduct travelProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.nonNegativePrice(travelProduct, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBooking(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(booking, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_hasExternalId(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_hasCustomer(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_nonNegativeAmounts(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_returnNotBeforeDeparture(booking, diagnostics, context);
		if (result || diagnostics != null) result &= validateBooking_positiveTravellers(booking, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasExternalId constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_hasExternalId(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.bookingHasExternalId(booking, diagnostics);
	}

	/**
	 * Validates the hasCustomer constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_hasCustomer(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.bookingHasCustomer(booking, diagnostics);
	}

	/**
	 * Validates the nonNegativeAmounts constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_nonNegativeAmounts(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.nonNegativeAmounts(booking, diagnostics);
	}

	/**
	 * Validates the returnNotBeforeDeparture constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_returnNotBeforeDeparture(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.returnNotBeforeDeparture(booking, diagnostics);
	}

	/**
	 * Validates the positiveTravellers constraint of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateBooking_positiveTravellers(Booking booking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.positiveTravellers(booking, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSurvey(Survey survey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(survey, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(survey, diagnostics, context);
		if (result || diagnostics != null) result &= validateSurvey_scoreWithinScale(survey, diagnostics, context);
		return result;
	}

	/**
	 * Validates the scoreWithinScale constraint of '<em>Survey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSurvey_scoreWithinScale(Survey survey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.scoreWithinScale(survey, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteraction(Interaction interaction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interaction, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStrategicGoal(StrategicGoal strategicGoal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(strategicGoal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalStage(GoalStage goalStage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(goalStage, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(goalStage, diagnostics, context);
		if (result || diagnostics != null) result &= validateGoalStage_hasTargetAndDeadline(goalStage, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTargetAndDeadline constraint of '<em>Goal Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateGoalStage_hasTargetAndDeadline(GoalStage goalStage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelRules.stageHasTargetAndDeadline(goalStage, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegment(Segment segment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(segment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSegmentCriterion(SegmentCriterion segmentCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(segmentCriterion, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemberSnapshot(MemberSnapshot memberSnapshot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(memberSnapshot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(campaign, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignKpi(CampaignKpi campaignKpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(campaignKpi, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(evaluation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiMeasurement(KpiMeasurement kpiMeasurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(kpiMeasurement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalChange(GoalChange goalChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(goalChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCrmCycle(CrmCycle crmCycle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(crmCycle, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCycleStep(CycleStep cycleStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cycleStep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnalysisSnapshot(AnalysisSnapshot analysisSnapshot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(analysisSnapshot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGender(Gender gender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTravelPurpose(TravelPurpose travelPurpose, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganizationSize(OrganizationSize organizationSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProductKind(ProductKind productKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBookingStatus(BookingStatus bookingStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSurveyScale(SurveyScale surveyScale, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInteractionKind(InteractionKind interactionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalMetric(GoalMetric goalMetric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoalDirection(GoalDirection goalDirection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignStatus(CampaignStatus campaignStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCycleStepKind(CycleStepKind cycleStepKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStepStatus(StepStatus stepStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCriterionOperator(CriterionOperator criterionOperator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDate(LocalDate date, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMoney(BigDecimal money, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTimestamp(Instant timestamp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabel(String label, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// The rules write their own messages (ModelRules); EMF's generic ones come from here.
		return super.getResourceLocator();
	}

} //CrmValidator
