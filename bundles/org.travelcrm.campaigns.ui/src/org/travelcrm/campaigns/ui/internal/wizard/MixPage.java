package org.travelcrm.campaigns.ui.internal.wizard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.travelcrm.campaigns.ui.internal.Format;
import org.travelcrm.model.Agency;
import org.travelcrm.model.Campaign;
import org.travelcrm.model.GoalMetric;
import org.travelcrm.model.TravelProduct;

/** The 4P mix: products and the tailored offer, price or discount, channels, promotion. */
@SuppressWarnings("nls")
public class MixPage extends WizardPage {

	private static final String[] CHANNELS = { "WeChat", "SMS", "Email", "Phone", "Visit",
		"Mail" }; //$NON-NLS-1$

	private final Agency agency;
	private final Campaign draft;
	private Table products;
	private Text offer;
	private Text price;
	private Text discount;
	private final List<Button> channels = new ArrayList<>();
	private Text message;

	MixPage(Agency agency, Campaign draft) {
		super("mix"); //$NON-NLS-1$
		this.agency = agency;
		this.draft = draft;
		setTitle(Messages.MixPage_title);
		setDescription(Messages.MixPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		label(page, Messages.MixPage_products);
		products = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(products);
		for (TravelProduct product : agency.getProducts()) {
			new TableItem(products, SWT.NONE).setText(String.valueOf(product.getName()));
		}
		offer = field(page, Messages.MixPage_offer);
		price = field(page, Messages.MixPage_price);
		discount = field(page, Messages.MixPage_discount);
		discount.setMessage(Messages.MixPage_discountHint);
		label(page, Messages.MixPage_channels);
		Composite boxes = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(CHANNELS.length).applyTo(boxes);
		for (String channel : CHANNELS) {
			Button box = new Button(boxes, SWT.CHECK);
			box.setText(channel);
			channels.add(box);
		}
		label(page, Messages.MixPage_message);
		message = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(message);
		price.addListener(SWT.Modify, event -> validate());
		discount.addListener(SWT.Modify, event -> validate());
		setControl(page);
	}

	/** Fills in the offer, as a user typing does. */
	public void fill(String offerText, String discountText, String promotion, String channel) {
		offer.setText(offerText);
		discount.setText(discountText);
		message.setText(promotion);
		channels.forEach(box -> box.setSelection(box.getText().equals(channel)));
		if (products.getItemCount() > 0) {
			products.getItem(0).setChecked(true);
		}
	}

	/** Copies the mix into the draft campaign. */
	void apply() {
		draft.getOfferedProducts().clear();
		for (int i = 0; i < products.getItemCount(); i++) {
			if (products.getItem(i).getChecked()) {
				draft.getOfferedProducts().add(agency.getProducts().get(i));
			}
		}
		draft.setOffer(offer.getText().trim());
		draft.setPrice(Format.parse(GoalMetric.REVENUE, price.getText()));
		draft.setDiscount(Format.parse(GoalMetric.CAMPAIGN_CONVERSION, discount.getText()));
		draft.getChannels().clear();
		channels.stream().filter(Button::getSelection).map(Button::getText)
				.forEach(draft.getChannels()::add);
		draft.setPromotionMessage(message.getText().trim());
	}

	private void validate() {
		BigDecimal share = Format.parse(GoalMetric.CAMPAIGN_CONVERSION, discount.getText());
		String problem = null;
		if (!price.getText().isBlank() && Format.parse(GoalMetric.REVENUE, price.getText()) == null) {
			problem = Messages.MixPage_badPrice;
		} else if (!discount.getText().isBlank()
				&& (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
			problem = Messages.MixPage_badDiscount;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
	}

	static Text field(Composite parent, String text) {
		label(parent, text);
		Text field = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		return field;
	}
}
