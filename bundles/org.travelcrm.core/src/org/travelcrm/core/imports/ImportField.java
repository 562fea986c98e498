package org.travelcrm.core.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A value an import reads from a file's columns, named in profiles by its {@link #key()}.
 * <p>
 * Each field knows the header words (English and Chinese) that suggest it, for guessing a
 * profile from a file's header row.
 */
public enum ImportField {

	/** The customer's id in the agency's systems; rows with one id form one customer. */
	CUSTOMER_ID("customerId", Kind.TEXT, "customerid", "customerno", "customernumber",
			"clientid", "clientno", "memberid", "客户编号", "客户号", "客户id", "会员号",
			"会员编号"),
	CUSTOMER_NAME("customerName", Kind.TEXT, "name", "customer", "customername", "client",
			"clientname", "fullname", "company", "companyname", "客户名称", "客户姓名",
			"姓名", "客户", "名称", "公司", "公司名称"),
	PHONE("phone", Kind.TEXT, "phone", "telephone", "tel", "mobile", "cell", "phonenumber",
			"电话", "手机", "手机号", "手机号码", "联系电话", "电话号码"),
	EMAIL("email", Kind.TEXT, "email", "emailaddress", "mail", "邮箱", "电子邮件",
			"电子邮箱", "邮件"),
	ADDRESS("address", Kind.TEXT, "address", "street", "地址", "联系地址"),
	CITY("city", Kind.TEXT, "city", "town", "城市"),
	COUNTRY("country", Kind.TEXT, "country", "countrycode", "国家", "国家地区", "国籍"),
	BIRTH_DATE("birthDate", Kind.DATE, "birthdate", "birthday", "dateofbirth", "dob",
			"出生日期", "生日"),
	/** The booking's id; rows (lines) with one id form one booking. */
	BOOKING_ID("bookingId", Kind.TEXT, "bookingid", "bookingno", "invoiceno", "invoice",
			"invoicenumber", "orderid", "orderno", "ordernumber", "订单号", "订单编号",
			"预订号"),
	BOOKED_DATE("bookedDate", Kind.DATE, "date", "bookeddate", "bookingdate", "orderdate",
			"invoicedate", "日期", "下单日期", "预订日期", "订单日期"),
	DEPARTURE_DATE("departureDate", Kind.DATE, "departuredate", "departure", "arrivaldate",
			"checkin", "traveldate", "出发日期", "出行日期", "入住日期"),
	RETURN_DATE("returnDate", Kind.DATE, "returndate", "checkout", "返回日期", "离店日期"),
	/** Nights of the stay; gives the return date when the file has none. */
	NIGHTS("nights", Kind.DECIMAL, "nights", "晚数", "天数"),
	/** Days between booking and departure; gives the booked date when the file has none. */
	LEAD_TIME_DAYS("leadTimeDays", Kind.DECIMAL, "leadtime", "提前天数"),
	TRAVELLERS("travellers", Kind.DECIMAL, "travellers", "travelers", "pax", "persons", "guests",
			"人数", "出行人数"),
	/** The amount of a row; summed over the rows of one booking. */
	AMOUNT("amount", Kind.DECIMAL, "amount", "total", "totalamount", "金额", "总金额",
			"订单金额", "总价"),
	/** With the unit price, gives the amount of a row as quantity times price. */
	QUANTITY("quantity", Kind.DECIMAL, "quantity", "qty", "数量"),
	UNIT_PRICE("unitPrice", Kind.DECIMAL, "unitprice", "price", "单价", "价格"),
	COST("cost", Kind.DECIMAL, "cost", "成本"),
	/** A flag column; its value is one of the profile's cancelled values for a cancellation. */
	CANCELLED("cancelled", Kind.TEXT, "cancelled", "canceled", "iscanceled", "iscancelled",
			"已取消", "取消"),
	SALES_CHANNEL("salesChannel", Kind.TEXT, "channel", "saleschannel", "渠道", "销售渠道"),
	PRODUCT_CODE("productCode", Kind.TEXT, "productcode", "stockcode", "sku", "产品编号",
			"产品代码", "线路编号"),
	PRODUCT_NAME("productName", Kind.TEXT, "productname", "product", "description", "产品名称",
			"产品", "线路名称");

	/** How a field's text is read. */
	public enum Kind {
		TEXT, DATE, DECIMAL
	}

	private final String key;
	private final Kind kind;
	private final List<String> headerWords;

	ImportField(String key, Kind kind, String... headerWords) {
		this.key = key;
		this.kind = kind;
		this.headerWords = List.of(headerWords);
	}

	/** The field's name in profile files. */
	public String key() {
		return key;
	}

	public Kind kind() {
		return kind;
	}

	/** Whether a header suggests this field. */
	public boolean matchesHeader(String header) {
		return headerWords.contains(headerWord(header));
	}

	/** The field with this key, or {@code null}. */
	public static ImportField ofKey(String key) {
		for (ImportField field : values()) {
			if (field.key.equals(key)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * A header reduced for comparison: NFKC, lower case, without spaces, underscores, hyphens,
	 * dots, slashes or brackets.
	 */
	static String headerWord(String header) {
		String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder word = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (" _-./()#:\t".indexOf(c) < 0) {
				word.append(c);
			}
		}
		return word.toString();
	}
}
