/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.DataConverter;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.travelcrm.model.*;
import org.travelcrm.model.values.BinaryValues;
import org.travelcrm.model.values.ModelValues;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CrmFactoryImpl extends EFactoryImpl implements CrmFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CrmFactory init() {
		try {
			CrmFactory theCrmFactory = (CrmFactory)EPackage.Registry.INSTANCE.getEFactory(CrmPackage.eNS_URI);
			if (theCrmFactory != null) {
				return theCrmFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CrmFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CrmFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CrmPackage.AGENCY: return createAgency();
			case CrmPackage.INDIVIDUAL_TOURIST: return createIndividualTourist();
			case CrmPackage.ORGANIZATION: return createOrganization();
			case CrmPackage.CONTACT_PERSON: return createContactPerson();
			case CrmPackage.TRAVEL_PRODUCT: return createTravelProduct();
			case CrmPackage.BOOKING: return createBooking();
			case CrmPackage.SURVEY: return createSurvey();
			case CrmPackage.INTERACTION: return createInteraction();
			case CrmPackage.STRATEGIC_GOAL: return createStrategicGoal();
			case CrmPackage.GOAL_STAGE: return createGoalStage();
			case CrmPackage.SEGMENT: return createSegment();
			case CrmPackage.SEGMENT_CRITERION: return createSegmentCriterion();
			case CrmPackage.MEMBER_SNAPSHOT: return createMemberSnapshot();
			case CrmPackage.CAMPAIGN: return createCampaign();
			case CrmPackage.CAMPAIGN_KPI: return createCampaignKpi();
			case CrmPackage.EVALUATION: return createEvaluation();
			case CrmPackage.KPI_MEASUREMENT: return createKpiMeasurement();
			case CrmPackage.GOAL_CHANGE: return createGoalChange();
			case CrmPackage.CRM_CYCLE: return createCrmCycle();
			case CrmPackage.CYCLE_STEP: return createCycleStep();
			case CrmPackage.ANALYSIS_SNAPSHOT: return createAnalysisSnapshot();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CrmPackage.GENDER:
				return createGenderFromString(eDataType, initialValue);
			case CrmPackage.TRAVEL_PURPOSE:
				return createTravelPurposeFromString(eDataType, initialValue);
			case CrmPackage.ORGANIZATION_SIZE:
				return createOrganizationSizeFromString(eDataType, initialValue);
			case CrmPackage.PRODUCT_KIND:
				return createProductKindFromString(eDataType, initialValue);
			case CrmPackage.BOOKING_STATUS:
				return createBookingStatusFromString(eDataType, initialValue);
			case CrmPackage.SURVEY_SCALE:
				return createSurveyScaleFromString(eDataType, initialValue);
			case CrmPackage.INTERACTION_KIND:
				return createInteractionKindFromString(eDataType, initialValue);
			case CrmPackage.GOAL_METRIC:
				return createGoalMetricFromString(eDataType, initialValue);
			case CrmPackage.GOAL_DIRECTION:
				return createGoalDirectionFromString(eDataType, initialValue);
			case CrmPackage.CAMPAIGN_STATUS:
				return createCampaignStatusFromString(eDataType, initialValue);
			case CrmPackage.CYCLE_STEP_KIND:
				return createCycleStepKindFromString(eDataType, initialValue);
			case CrmPackage.STEP_STATUS:
				return createStepStatusFromString(eDataType, initialValue);
			case CrmPackage.CRITERION_OPERATOR:
				return createCriterionOperatorFromString(eDataType, initialValue);
			case CrmPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case CrmPackage.MONEY:
				return createMoneyFromString(eDataType, initialValue);
			case CrmPackage.TIMESTAMP:
				return createTimestampFromString(eDataType, initialValue);
			case CrmPackage.LABEL:
				return createLabelFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CrmPackage.GENDER:
				return convertGenderToString(eDataType, instanceValue);
			case CrmPackage.TRAVEL_PURPOSE:
				return convertTravelPurposeToString(eDataType, instanceValue);
			case CrmPackage.ORGANIZATION_SIZE:
				return convertOrganizationSizeToString(eDataType, instanceValue);
			case CrmPackage.PRODUCT_KIND:
				return convertProductKindToString(eDataType, instanceValue);
			case CrmPackage.BOOKING_STATUS:
				return convertBookingStatusToString(eDataType, instanceValue);
			case CrmPackage.SURVEY_SCALE:
				return convertSurveyScaleToString(eDataType, instanceValue);
			case CrmPackage.INTERACTION_KIND:
				return convertInteractionKindToString(eDataType, instanceValue);
			case CrmPackage.GOAL_METRIC:
				return convertGoalMetricToString(eDataType, instanceValue);
			case CrmPackage.GOAL_DIRECTION:
				return convertGoalDirectionToString(eDataType, instanceValue);
			case CrmPackage.CAMPAIGN_STATUS:
				return convertCampaignStatusToString(eDataType, instanceValue);
			case CrmPackage.CYCLE_STEP_KIND:
				return convertCycleStepKindToString(eDataType, instanceValue);
			case CrmPackage.STEP_STATUS:
				return convertStepStatusToString(eDataType, instanceValue);
			case CrmPackage.CRITERION_OPERATOR:
				return convertCriterionOperatorToString(eDataType, instanceValue);
			case CrmPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case CrmPackage.MONEY:
				return convertMoneyToString(eDataType, instanceValue);
			case CrmPackage.TIMESTAMP:
				return convertTimestampToString(eDataType, instanceValue);
			case CrmPackage.LABEL:
				return convertLabelToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndividualTourist createIndividualTourist() {
		IndividualTouristImpl individualTourist = new IndividualTouristImpl();
		return individualTourist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactPerson createContactPerson() {
		ContactPersonImpl contactPerson = new ContactPersonImpl();
		return contactPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TravelProduct createTravelProduct() {
		TravelProductImpl travelProduct = new TravelProductImpl();
		return travelProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booking createBooking() {
		BookingImpl booking = new BookingImpl();
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Survey createSurvey() {
		SurveyImpl survey = new SurveyImpl();
		return survey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interaction createInteraction() {
		InteractionImpl interaction = new InteractionImpl();
		return interaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicGoal createStrategicGoal() {
		StrategicGoalImpl strategicGoal = new StrategicGoalImpl();
		return strategicGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalStage createGoalStage() {
		GoalStageImpl goalStage = new GoalStageImpl();
		return goalStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentCriterion createSegmentCriterion() {
		SegmentCriterionImpl segmentCriterion = new SegmentCriterionImpl();
		return segmentCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberSnapshot createMemberSnapshot() {
		MemberSnapshotImpl memberSnapshot = new MemberSnapshotImpl();
		return memberSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignKpi createCampaignKpi() {
		CampaignKpiImpl campaignKpi = new CampaignKpiImpl();
		return campaignKpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiMeasurement createKpiMeasurement() {
		KpiMeasurementImpl kpiMeasurement = new KpiMeasurementImpl();
		return kpiMeasurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalChange createGoalChange() {
		GoalChangeImpl goalChange = new GoalChangeImpl();
		return goalChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmCycle createCrmCycle() {
		CrmCycleImpl crmCycle = new CrmCycleImpl();
		return crmCycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CycleStep createCycleStep() {
		CycleStepImpl cycleStep = new CycleStepImpl();
		return cycleStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisSnapshot createAnalysisSnapshot() {
		AnalysisSnapshotImpl analysisSnapshot = new AnalysisSnapshotImpl();
		return analysisSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gender createGenderFromString(EDataType eDataType, String initialValue) {
		Gender result = Gender.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGenderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TravelPurpose createTravelPurposeFromString(EDataType eDataType, String initialValue) {
		TravelPurpose result = TravelPurpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTravelPurposeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationSize createOrganizationSizeFromString(EDataType eDataType, String initialValue) {
		OrganizationSize result = OrganizationSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductKind createProductKindFromString(EDataType eDataType, String initialValue) {
		ProductKind result = ProductKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProductKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BookingStatus createBookingStatusFromString(EDataType eDataType, String initialValue) {
		BookingStatus result = BookingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBookingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyScale createSurveyScaleFromString(EDataType eDataType, String initialValue) {
		SurveyScale result = SurveyScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InteractionKind createInteractionKindFromString(EDataType eDataType, String initialValue) {
		InteractionKind result = InteractionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInteractionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalMetric createGoalMetricFromString(EDataType eDataType, String initialValue) {
		GoalMetric result = GoalMetric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalMetricToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalDirection createGoalDirectionFromString(EDataType eDataType, String initialValue) {
		GoalDirection result = GoalDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignStatus createCampaignStatusFromString(EDataType eDataType, String initialValue) {
		CampaignStatus result = CampaignStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCampaignStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CycleStepKind createCycleStepKindFromString(EDataType eDataType, String initialValue) {
		CycleStepKind result = CycleStepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCycleStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepStatus createStepStatusFromString(EDataType eDataType, String initialValue) {
		StepStatus result = StepStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionOperator createCriterionOperatorFromString(EDataType eDataType, String initialValue) {
		CriterionOperator result = CriterionOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return ModelValues.parseDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return ModelValues.format((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public BigDecimal createMoneyFromString(EDataType eDataType, String initialValue) {
		return ModelValues.parseMoney(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertMoneyToString(EDataType eDataType, Object instanceValue) {
		return ModelValues.format((BigDecimal)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public Instant createTimestampFromString(EDataType eDataType, String initialValue) {
		return ModelValues.parseInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertTimestampToString(EDataType eDataType, Object instanceValue) {
		return ModelValues.format((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String createLabelFromString(EDataType eDataType, String initialValue) {
		return ModelValues.label(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLabelToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * Binary agency files write the model's data types compactly; see {@link BinaryValues}.
	 */
	@Override
	public DataConverter<?> create(EDataType eDataType) {
		DataConverter<?> converter = BinaryValues.converter(eDataType);
		return converter != null ? converter : super.create(eDataType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrmPackage getCrmPackage() {
		return (CrmPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CrmPackage getPackage() {
		return CrmPackage.eINSTANCE;
	}

} //CrmFactoryImpl
