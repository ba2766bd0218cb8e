import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import {
  createVoucher, deleteVoucher, ledgerKeys, postVoucher, reverseVoucher, updateVoucher, voucherListId,
  type VoucherDetail, type VoucherInput,
} from '../api.ts';

/** Save / post / delete / reverse of one voucher, keeping the list, periods and page caches fresh. */
export function useVoucherMutations(voucher: VoucherDetail | null) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: listQueryKey(voucherListId) });
    void queryClient.invalidateQueries({ queryKey: ledgerKeys.periods });
  };
  const show = (saved: VoucherDetail) => {
    queryClient.setQueryData(ledgerKeys.voucher(saved.id), saved);
    refreshLists();
    if (saved.id !== voucher?.id) navigate(`/finance/vouchers/${saved.id}`, { replace: !voucher });
  };

  const persist = (body: VoucherInput) => (voucher ? updateVoucher(voucher.id, body) : createVoucher(body));

  const save = useMutation({
    mutationFn: persist,
    onSuccess: (saved) => {
      feedback.message?.success(t('financeLedger.voucher.saved'));
      show(saved);
    },
  });

  /** 过账: unsaved edits are saved first, so what is posted is what the user sees. */
  const post = useMutation({
    mutationFn: async (body: VoucherInput | null) => {
      const saved = body ? await persist(body) : voucher;
      if (!saved) throw new Error('voucher not saved');
      try {
        return await postVoucher(saved.id);
      } catch (error) {
        if (saved !== voucher) show(saved);
        throw error;
      }
    },
    onSuccess: (posted) => {
      feedback.message?.success(t(posted.status === 'pendingApproval' ? 'financeLedger.voucher.submitted' : 'financeLedger.voucher.posted'));
      show(posted);
    },
  });

  const remove = useMutation({
    mutationFn: () => deleteVoucher(voucher?.id ?? ''),
    onSuccess: () => {
      feedback.message?.success(t('financeLedger.voucher.deleted'));
      if (voucher) queryClient.removeQueries({ queryKey: ledgerKeys.voucher(voucher.id) });
      refreshLists();
      navigate('/finance/vouchers');
    },
  });

  const reverse = useMutation({
    mutationFn: (voucherDate: string | undefined) => reverseVoucher(voucher?.id ?? '', voucherDate),
    onSuccess: (reversal) => {
      feedback.message?.success(t('financeLedger.voucher.reversed', { number: reversal.number }));
      // The original now carries reversedById: reload it for the way back.
      if (voucher) void queryClient.invalidateQueries({ queryKey: ledgerKeys.voucher(voucher.id) });
      queryClient.setQueryData(ledgerKeys.voucher(reversal.id), reversal);
      refreshLists();
      navigate(`/finance/vouchers/${reversal.id}`);
    },
  });

  return { save, post, remove, reverse };
}
