/**
 * Copyright (c) 2026 the Travel CRM Workbench authors.
 * This file is generated from crm.genmodel: regenerate it, do not edit it.
 */
package org.travelcrm.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.travelcrm.model.Agency;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.CrmPackage;

/**
 * This is the item provider adapter for a {@link org.travelcrm.model.Agency} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AgencyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgencyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addTimeZonePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_name_feature", "_UI_Agency_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CrmPackage.Literals.AGENCY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_currency_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_currency_feature", "_UI_Agency_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CrmPackage.Literals.AGENCY__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Agency_timeZone_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Agency_timeZone_feature", "_UI_Agency_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CrmPackage.Literals.AGENCY__TIME_ZONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__CUSTOMERS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__PRODUCTS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__BOOKINGS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__SURVEYS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__INTERACTIONS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__GOALS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__SEGMENTS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__CAMPAIGNS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__EVALUATIONS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__CYCLE);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__ANALYSIS_SETTINGS);
			childrenFeatures.add(CrmPackage.Literals.AGENCY__SNAPSHOTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Agency.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Agency")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Agency)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Agency_type") : //$NON-NLS-1$
			getString("_UI_Agency_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Agency.class)) {
			case CrmPackage.AGENCY__NAME:
			case CrmPackage.AGENCY__CURRENCY:
			case CrmPackage.AGENCY__TIME_ZONE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CrmPackage.AGENCY__CUSTOMERS:
			case CrmPackage.AGENCY__PRODUCTS:
			case CrmPackage.AGENCY__BOOKINGS:
			case CrmPackage.AGENCY__SURVEYS:
			case CrmPackage.AGENCY__INTERACTIONS:
			case CrmPackage.AGENCY__GOALS:
			case CrmPackage.AGENCY__SEGMENTS:
			case CrmPackage.AGENCY__CAMPAIGNS:
			case CrmPackage.AGENCY__EVALUATIONS:
			case CrmPackage.AGENCY__CYCLE:
			case CrmPackage.AGENCY__ANALYSIS_SETTINGS:
			case CrmPackage.AGENCY__SNAPSHOTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__CUSTOMERS,
				 CrmFactory.eINSTANCE.createIndividualTourist()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__CUSTOMERS,
				 CrmFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__PRODUCTS,
				 CrmFactory.eINSTANCE.createTravelProduct()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__BOOKINGS,
				 CrmFactory.eINSTANCE.createBooking()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__SURVEYS,
				 CrmFactory.eINSTANCE.createSurvey()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__INTERACTIONS,
				 CrmFactory.eINSTANCE.createInteraction()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__GOALS,
				 CrmFactory.eINSTANCE.createStrategicGoal()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__SEGMENTS,
				 CrmFactory.eINSTANCE.createSegment()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__CAMPAIGNS,
				 CrmFactory.eINSTANCE.createCampaign()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__EVALUATIONS,
				 CrmFactory.eINSTANCE.createEvaluation()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__CYCLE,
				 CrmFactory.eINSTANCE.createCrmCycle()));

		newChildDescriptors.add
			(createChildParameter
				(CrmPackage.Literals.AGENCY__SNAPSHOTS,
				 CrmFactory.eINSTANCE.createAnalysisSnapshot()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CrmEditPlugin.INSTANCE;
	}

}
