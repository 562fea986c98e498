package org.travelcrm.core.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.InternalEList;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Booking;
import org.travelcrm.model.BookingStatus;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.CampaignKpi;
import org.travelcrm.model.CampaignStatus;
import org.travelcrm.model.ContactPerson;
import org.travelcrm.model.CriterionOperator;
import org.travelcrm.model.CrmCycle;
import org.travelcrm.model.CrmFactory;
import org.travelcrm.model.Customer;
import org.travelcrm.model.CycleStep;
import org.travelcrm.model.CycleStepKind;
import org.travelcrm.model.Gender;
import org.travelcrm.model.GoalDirection;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.GoalStage;
import org.travelcrm.model.IndividualTourist;
import org.travelcrm.model.Interaction;
import org.travelcrm.model.InteractionKind;
import org.travelcrm.model.MemberSnapshot;
import org.travelcrm.model.Organization;
import org.travelcrm.model.OrganizationSize;
import org.travelcrm.model.ProductKind;
import org.travelcrm.model.Segment;
import org.travelcrm.model.SegmentCriterion;
import org.travelcrm.model.StepStatus;
import org.travelcrm.model.StrategicGoal;
import org.travelcrm.model.Survey;
import org.travelcrm.model.SurveyScale;
import org.travelcrm.model.TravelProduct;
import org.travelcrm.model.TravelPurpose;
import org.travelcrm.model.values.ModelValues;

/**
 * Generates realistic travel agencies from a seed: the same seed and size always give the same
 * agency, down to the last amount.
 * <p>
 * An agency covers the three years before {@link #END} (exclusive): customers with Chinese and
 * English names, individuals and organisations with contact persons and employees, products of
 * every kind, about {@value #BOOKINGS_PER_CUSTOMER} bookings per customer with a skewed spread
 * (many occasional buyers, a few heavy ones), seasonal peaks, cancellations, surveys on both
 * scales with unanswered scores and complaints, interactions, two staged goals and one
 * completed campaign whose responses are among the bookings.
 */
public final class AgencyGenerator {

	/** The first day after the generated history. */
	public static final LocalDate END = LocalDate.of(2026, 7, 1);

	/** The first day of the generated history. */
	public static final LocalDate START = END.minusYears(3);

	/** Average number of bookings per customer. */
	public static final int BOOKINGS_PER_CUSTOMER = 10;

	private static final CrmFactory MODEL = CrmFactory.eINSTANCE;
	private static final int HISTORY_DAYS = (int) ChronoUnit.DAYS.between(START, END);

	/** Relative booking volume per month, January first: holidays and summer peak. */
	private static final double[] SEASON = { 0.9, 1.3, 0.8, 0.9, 1.2, 0.9, 1.4, 1.5, 0.9, 1.4, 0.7,
			0.8 };

	private final long seed;
	private SplittableRandom random;
	private final CrmFactory factory = MODEL;
	private int bookingNumber;

	public AgencyGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * Generates an agency.
	 *
	 * @param customers how many customers; bookings are about ten times as many
	 */
	public Agency generate(String name, int customers, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		random = new SplittableRandom(seed);
		bookingNumber = 0;
		Agency agency = factory.createAgency();
		agency.setName(name);
		agency.setCurrency("CNY"); //$NON-NLS-1$
		agency.setTimeZone("Asia/Shanghai"); //$NON-NLS-1$
		int productCount = Math.max(12, Math.min(240, customers / 4));
		List<TravelProduct> products = createProducts(agency, productCount);
		List<Customer> all = createCustomers(agency, customers);
		progress.worked(2);
		createBookings(agency, all, products, progress.split(6));
		createSurveysAndInteractions(agency, all);
		progress.worked(1);
		createGoalsCampaignAndCycle(agency, all, products);
		progress.worked(1);
		return agency;
	}

	private List<TravelProduct> createProducts(Agency agency, int count) {
		List<TravelProduct> products = new ArrayList<>(count);
		ProductKind[] kinds = ProductKind.values();
		for (int i = 0; i < count; i++) {
			ProductKind kind = kinds[i % kinds.length];
			String[] destination = Names.DESTINATIONS[random.nextInt(Names.DESTINATIONS.length)];
			TravelProduct product = factory.createTravelProduct();
			String prefix = kind.getLiteral().substring(0, 3);
			product.setCode(String.format("%s-%04d", prefix, i + 1)); //$NON-NLS-1$
			product.setKind(kind);
			product.setDestination(destination[0]);
			product.setName(destination[0] + " " + Names.productWord(kind, random)); //$NON-NLS-1$
			product.setListPrice(ModelValues.money(listPrice(kind)));
			products.add(product);
		}
		agency.getProducts().addAll(products);
		return products;
	}

	private BigDecimal listPrice(ProductKind kind) {
		int[] range = switch (kind) {
			case TICKET -> new int[] { 600, 4_000 };
			case HOTEL -> new int[] { 300, 1_800 };
			case TOUR -> new int[] { 1_800, 12_000 };
			case PACKAGE -> new int[] { 3_500, 26_000 };
			case CUSTOM -> new int[] { 6_000, 40_000 };
		};
		int yuan = range[0] + random.nextInt(range[1] - range[0]);
		return BigDecimal.valueOf(yuan / 10 * 10L - 1).setScale(2);
	}

	private List<Customer> createCustomers(Agency agency, int count) {
		List<Customer> customers = new ArrayList<>(count);
		List<Organization> organizations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Customer customer;
			boolean chinese = random.nextDouble() < 0.7;
			if (random.nextDouble() < 0.12) {
				Organization organization = createOrganization(chinese);
				organizations.add(organization);
				customer = organization;
			} else {
				customer = createIndividual(chinese);
			}
			customer.setExternalId(String.format("C%06d", i + 1)); //$NON-NLS-1$
			String[][] places = chinese ? Names.CHINESE_CITIES : Names.FOREIGN_CITIES;
			String[] place = places[random.nextInt(places.length)];
			customer.setCity(place[0]);
			customer.setCountry(place[1]);
			customer.setCreatedDate(ModelValues.date(START.plusDays(random.nextInt(HISTORY_DAYS))));
			customer.setAcquisitionChannel(Names.pick(Names.ACQUISITION, random));
			customer.setMarketingConsent(random.nextDouble() < 0.72);
			customer.setPhone(chinese ? Names.chinesePhone(random) : Names.foreignPhone(random));
			String domain = chinese ? "example.cn" : "example.com"; //$NON-NLS-1$ //$NON-NLS-2$
			customer.setEmail(String.format("c%06d@%s", i + 1, domain)); //$NON-NLS-1$
			if (random.nextDouble() < 0.05) {
				customer.getTags().add(Names.pick(Names.TAGS, random));
			}
			customers.add(customer);
		}
		((InternalEList<Customer>) agency.getCustomers()).addAllUnique(customers);
		linkEmployees(customers, organizations);
		return customers;
	}

	private IndividualTourist createIndividual(boolean chinese) {
		IndividualTourist person = factory.createIndividualTourist();
		boolean female = random.nextBoolean();
		person.setName(chinese ? Names.chineseName(random) : Names.englishName(female, random));
		person.setGender(random.nextDouble() < 0.04 ? Gender.UNSPECIFIED
				: female ? Gender.FEMALE : Gender.MALE);
		person.setBirthDate(ModelValues.date(LocalDate.of(1950 + random.nextInt(56),
				1 + random.nextInt(12), 1 + random.nextInt(28))));
		double purpose = random.nextDouble();
		person.setTravelPurpose(purpose < 0.45 ? TravelPurpose.LEISURE
				: purpose < 0.70 ? TravelPurpose.FAMILY
				: purpose < 0.85 ? TravelPurpose.BUSINESS
				: purpose < 0.93 ? TravelPurpose.STUDY : TravelPurpose.OTHER);
		return person;
	}

	private Organization createOrganization(boolean chinese) {
		Organization organization = factory.createOrganization();
		organization.setName(chinese ? Names.chineseCompany(random) : Names.englishCompany(random));
		organization.setIndustry(Names.pick(Names.INDUSTRIES, random));
		OrganizationSize[] sizes = OrganizationSize.values();
		organization.setSize(sizes[1 + random.nextInt(sizes.length - 1)]);
		int contacts = 1 + random.nextInt(3);
		for (int i = 0; i < contacts; i++) {
			ContactPerson contact = factory.createContactPerson();
			contact.setName(chinese ? Names.chineseName(random)
					: Names.englishName(random.nextBoolean(), random));
			contact.setRole(Names.pick(Names.ROLES, random));
			contact.setPhone(chinese ? Names.chinesePhone(random) : Names.foreignPhone(random));
			organization.getContactPersons().add(contact);
		}
		return organization;
	}

	private void linkEmployees(List<Customer> customers, List<Organization> organizations) {
		if (organizations.isEmpty()) {
			return;
		}
		for (Customer customer : customers) {
			if (customer instanceof IndividualTourist person
					&& person.getTravelPurpose() == TravelPurpose.BUSINESS
					&& random.nextDouble() < 0.6) {
				Organization employer = organizations.get(random.nextInt(organizations.size()));
				person.setEmployer(employer);
				if (employer.getContactPersons().size() < 4 && random.nextDouble() < 0.2) {
					ContactPerson contact = factory.createContactPerson();
					contact.setName(person.getName());
					contact.setRole(Names.pick(Names.ROLES, random));
					contact.setPerson(person);
					employer.getContactPersons().add(contact);
				}
			}
		}
	}

	private void createBookings(Agency agency, List<Customer> customers,
			List<TravelProduct> products, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, customers.size());
		List<Booking> bookings = new ArrayList<>(customers.size() * BOOKINGS_PER_CUSTOMER);
		for (Customer customer : customers) {
			int count = bookingCount();
			int firstDay = (int) ChronoUnit.DAYS.between(START, customer.getCreatedDate());
			// Active until a churn day: many customers stop buying at some point.
			int lastDay = random.nextDouble() < 0.45
					? firstDay + random.nextInt(HISTORY_DAYS - firstDay + 1)
					: HISTORY_DAYS;
			lastDay = Math.max(lastDay, Math.min(HISTORY_DAYS, firstDay + 30));
			for (int i = 0; i < count; i++) {
				bookings.add(createBooking(customer, products, seasonalDay(firstDay, lastDay)));
			}
			progress.worked(1);
		}
		bookings.sort((a, b) -> a.getBookedDate().compareTo(b.getBookedDate()));
		// Customers get their bookings in the agency's order, as they do when a file is loaded.
		for (Booking booking : bookings) {
			Customer customer = booking.getCustomer();
			booking.setCustomer(null);
			booking.setCustomer(customer);
		}
		((InternalEList<Booking>) agency.getBookings()).addAllUnique(bookings);
	}

	/** Skewed: a tenth buys nothing, most buy a few times, some buy very often. */
	private int bookingCount() {
		double u = random.nextDouble();
		if (u < 0.08) {
			return 0;
		}
		double heavy = Math.exp(random.nextGaussian() * 1.05);
		return Math.max(1, (int) Math.round(heavy * BOOKINGS_PER_CUSTOMER * 0.62));
	}

	private int seasonalDay(int firstDay, int lastDay) {
		int span = Math.max(1, lastDay - firstDay);
		while (true) {
			int day = firstDay + random.nextInt(span);
			Month month = START.plusDays(day).getMonth();
			if (random.nextDouble() * 1.5 < SEASON[month.ordinal()]) {
				return Math.min(day, HISTORY_DAYS - 1);
			}
		}
	}

	private Booking createBooking(Customer customer, List<TravelProduct> products, int day) {
		Booking booking = factory.createBooking();
		booking.setExternalId(String.format("B%07d", ++bookingNumber)); //$NON-NLS-1$
		LocalDate booked = ModelValues.date(START.plusDays(day));
		booking.setBookedDate(booked);
		TravelPurpose purpose = customer instanceof IndividualTourist person
				? person.getTravelPurpose() : TravelPurpose.BUSINESS;
		boolean business = purpose == TravelPurpose.BUSINESS;
		// Lead times: business trips within three weeks, others exponential around a month.
		int lead = business ? random.nextInt(21)
				: 3 + (int) (-Math.log(1 - random.nextDouble()) * 35);
		LocalDate departure = ModelValues.date(booked.plusDays(lead));
		booking.setDepartureDate(departure);
		booking.setReturnDate(ModelValues.date(departure.plusDays(1 + random.nextInt(12))));
		int travellers = business ? 1 + (random.nextDouble() < 0.2 ? random.nextInt(5) : 0)
				: purpose == TravelPurpose.FAMILY ? 2 + random.nextInt(4) : 1 + random.nextInt(3);
		booking.setTravellers(travellers);
		BigDecimal amount = BigDecimal.ZERO;
		int lines = random.nextDouble() < 0.15 ? 2 : 1;
		for (int i = 0; i < lines; i++) {
			TravelProduct product = products.get(random.nextInt(products.size()));
			if (i == 0) {
				booking.setProduct(product);
			} else {
				booking.getExtraProducts().add(product);
			}
			amount = amount.add(product.getListPrice().multiply(BigDecimal.valueOf(travellers)));
		}
		int discount = random.nextDouble() < 0.3 ? 5 * (1 + random.nextInt(3)) : 0;
		amount = amount.multiply(BigDecimal.valueOf(100 - discount)).movePointLeft(2)
				.setScale(2, RoundingMode.HALF_UP);
		booking.setAmount(ModelValues.money(amount));
		if (random.nextDouble() < 0.9) {
			BigDecimal share = BigDecimal.valueOf(72 + random.nextInt(22)).movePointLeft(2);
			BigDecimal cost = amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
			booking.setCost(ModelValues.money(cost));
		}
		booking.setSalesChannel(Names.pick(Names.SALES_CHANNELS, random));
		booking.setStatus(random.nextDouble() < 0.08 ? BookingStatus.CANCELLED
				: booking.getReturnDate().isBefore(END) ? BookingStatus.COMPLETED
				: BookingStatus.CONFIRMED);
		booking.setCustomer(customer);
		return booking;
	}

	private void createSurveysAndInteractions(Agency agency, List<Customer> customers) {
		List<Survey> surveys = new ArrayList<>();
		List<Interaction> interactions = new ArrayList<>();
		for (Customer customer : customers) {
			for (Booking booking : customer.getBookings()) {
				if (booking.getStatus() == BookingStatus.COMPLETED && random.nextDouble() < 0.35) {
					surveys.add(createSurvey(customer, booking));
				}
			}
			int contacts = random.nextInt(4);
			for (int i = 0; i < contacts; i++) {
				Interaction interaction = factory.createInteraction();
				interaction.setCustomer(customer);
				interaction.setDate(ModelValues.date(START.plusDays(random.nextInt(HISTORY_DAYS))));
				InteractionKind[] kinds = InteractionKind.values();
				interaction.setKind(kinds[random.nextInt(kinds.length)]);
				interaction.setNote(Names.pick(Names.INTERACTION_NOTES, random));
				interactions.add(interaction);
			}
		}
		((InternalEList<Survey>) agency.getSurveys()).addAllUnique(surveys);
		((InternalEList<Interaction>) agency.getInteractions()).addAllUnique(interactions);
	}

	private Survey createSurvey(Customer customer, Booking booking) {
		Survey survey = factory.createSurvey();
		survey.setCustomer(customer);
		survey.setBooking(booking);
		LocalDate day = booking.getReturnDate().plusDays(1 + random.nextInt(7));
		survey.setDate(ModelValues.date(day.isBefore(END) ? day : END.minusDays(1)));
		boolean fivePoint = random.nextDouble() < 0.7;
		survey.setScale(fivePoint ? SurveyScale.FIVE_POINT : SurveyScale.TEN_POINT);
		double mood = random.nextDouble();
		int score;
		if (fivePoint) {
			score = random.nextDouble() < 0.05 ? 0
					: mood < 0.08 ? 1 + random.nextInt(2) : mood < 0.25 ? 3 : 4 + random.nextInt(2);
		} else {
			score = mood < 0.1 ? random.nextInt(5) : mood < 0.3 ? 5 + random.nextInt(3)
					: 8 + random.nextInt(3);
		}
		survey.setScore(score);
		boolean unhappy = fivePoint ? score > 0 && score <= 2 : score <= 4;
		survey.setComplaint(random.nextDouble() < (unhappy ? 0.6 : 0.02));
		if (survey.isComplaint() || random.nextDouble() < 0.2) {
			survey.setComment(Names.pick(survey.isComplaint() ? Names.COMPLAINTS : Names.PRAISE,
					random));
		}
		return survey;
	}

	private void createGoalsCampaignAndCycle(Agency agency, List<Customer> customers,
			List<TravelProduct> products) {
		agency.getGoals().add(goal(Names.GOAL_CHURN, GoalMetric.CHURN_RATE, GoalDirection.AT_MOST,
				"0.30", 182, "0.25", 365)); //$NON-NLS-1$ //$NON-NLS-2$
		agency.getGoals().add(goal(Names.GOAL_REPEAT, GoalMetric.REPEAT_PURCHASE_RATE,
				GoalDirection.AT_LEAST, "0.55", 182, "0.60", 365)); //$NON-NLS-1$ //$NON-NLS-2$

		Segment segment = factory.createSegment();
		segment.setName(Names.SEGMENT_NAME);
		segment.setDescription(Names.SEGMENT_DESCRIPTION);
		segment.getCriteria().add(
				criterion("tier", "KEY", "MAJOR")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		segment.getCriteria().add(criterion("loyalty", "WAVERING")); //$NON-NLS-1$ //$NON-NLS-2$
		agency.getSegments().add(segment);
		agency.getCampaigns().add(campaign(agency, segment, customers, products));

		CrmCycle cycle = factory.createCrmCycle();
		cycle.setName(Names.CYCLE_NAME);
		cycle.setStartedOn(ModelValues.date(END.minusMonths(6)));
		for (CycleStepKind kind : CycleStepKind.values()) {
			CycleStep step = factory.createCycleStep();
			step.setKind(kind);
			step.setStatus(StepStatus.NOT_STARTED);
			cycle.getSteps().add(step);
		}
		agency.setCycle(cycle);
	}

	private StrategicGoal goal(String name, GoalMetric metric, GoalDirection direction,
			String first, int firstDays, String second, int secondDays) {
		StrategicGoal goal = factory.createStrategicGoal();
		goal.setName(name);
		goal.setMetric(metric);
		goal.setDirection(direction);
		goal.getStages().add(stage(first, firstDays));
		goal.getStages().add(stage(second, secondDays));
		return goal;
	}

	private GoalStage stage(String target, int days) {
		GoalStage stage = factory.createGoalStage();
		stage.setTargetValue(new BigDecimal(target));
		stage.setDeadline(ModelValues.date(END.plusDays(days)));
		return stage;
	}

	private SegmentCriterion criterion(String property, String... values) {
		SegmentCriterion criterion = factory.createSegmentCriterion();
		criterion.setProperty(property);
		criterion.setOperator(CriterionOperator.IN);
		criterion.getValues().addAll(List.of(values));
		return criterion;
	}

	/**
	 * A completed campaign four months before the end: repeat buyers who had not bought for half
	 * a year, a tenth held back as a control group, and responses among its members.
	 */
	private Campaign campaign(Agency agency, Segment segment, List<Customer> customers,
			List<TravelProduct> products) {
		LocalDate start = ModelValues.date(END.minusDays(120));
		LocalDate end = ModelValues.date(END.minusDays(90));
		Campaign campaign = factory.createCampaign();
		campaign.setName(Names.CAMPAIGN_NAME);
		campaign.setStatus(CampaignStatus.COMPLETED);
		campaign.setSegment(segment);
		campaign.setStartDate(start);
		campaign.setEndDate(end);
		campaign.setAttributionDays(30);
		campaign.setOffer(Names.CAMPAIGN_OFFER);
		campaign.setPromotionMessage(Names.CAMPAIGN_MESSAGE);
		campaign.setDiscount(new BigDecimal("0.12")); //$NON-NLS-1$
		campaign.getChannels().addAll(
				List.of("SMS", "WeChat", "Email")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		campaign.getOfferedProducts().addAll(products.subList(0, Math.min(2, products.size())));
		campaign.setControlGroupShare(new BigDecimal("0.10")); //$NON-NLS-1$
		campaign.setControlSeed(seed);

		MemberSnapshot members = factory.createMemberSnapshot();
		members.setAsOf(start);
		members.setTakenAt(start.atStartOfDay(ZoneOffset.UTC).toInstant());
		members.setDataFingerprint("generated"); //$NON-NLS-1$
		for (Customer customer : customers) {
			List<Booking> bookings = customer.getBookings();
			if (bookings.size() >= 2 && lastBooking(bookings).isBefore(start.minusDays(150))) {
				members.getMembers().add(customer);
			}
		}
		campaign.setMembers(members);
		SplittableRandom draw = new SplittableRandom(seed);
		List<Booking> responses = new ArrayList<>();
		for (Customer member : members.getMembers()) {
			boolean control = draw.nextDouble() < 0.10;
			if (control) {
				campaign.getControlGroup().add(member);
			}
			if (random.nextDouble() < (control ? 0.04 : 0.14)) {
				int day = (int) ChronoUnit.DAYS.between(START, start) + random.nextInt(45);
				Booking response = createBooking(member, campaign.getOfferedProducts(), day);
				response.setCampaign(control ? null : campaign);
				responses.add(response);
			}
		}
		((InternalEList<Booking>) agency.getBookings()).addAllUnique(responses);

		BigDecimal budget = BigDecimal.valueOf(Math.max(2_000, members.getMembers().size() * 30L));
		campaign.setBudget(ModelValues.money(budget.setScale(2)));
		campaign.setCost(ModelValues.money(budget.multiply(new BigDecimal("0.93")) //$NON-NLS-1$
				.setScale(2, RoundingMode.HALF_UP)));
		campaign.getKpis().add(kpi(GoalMetric.CAMPAIGN_CONVERSION, "0.10")); //$NON-NLS-1$
		campaign.getKpis().add(kpi(GoalMetric.REVENUE,
				budget.multiply(BigDecimal.valueOf(4)).toPlainString()));
		return campaign;
	}

	private static LocalDate lastBooking(List<Booking> bookings) {
		LocalDate last = LocalDate.MIN;
		for (Booking booking : bookings) {
			if (booking.getBookedDate().isAfter(last)) {
				last = booking.getBookedDate();
			}
		}
		return last;
	}

	private CampaignKpi kpi(GoalMetric metric, String target) {
		CampaignKpi kpi = factory.createCampaignKpi();
		kpi.setMetric(metric);
		kpi.setDirection(GoalDirection.AT_LEAST);
		kpi.setTargetValue(new BigDecimal(target));
		return kpi;
	}
}
