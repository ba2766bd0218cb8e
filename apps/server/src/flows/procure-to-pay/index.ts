/**
 * Loop 1, procure-to-pay (申请-审批-采购-入库-付款): an approved purchase request becomes purchase
 * orders, a receipt tells the requester in OA, a supplier bill becomes a payment request, and the
 * payment closes the request. Loaded for its event handlers.
 */
export {};
