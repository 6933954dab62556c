/** Vietnamese (vi) texts of the built-in templates: first translation, 2026-11, not yet reviewed by a native speaker. */
export const VI_TRANSLATIONS: Record<string, Record<string, string>> = {
  'supplier-forced-labour-self-assessment': {
    'template.title': 'Tự đánh giá của nhà cung cấp: lao động cưỡng bức và tuyển dụng công bằng',
    'template.description':
      'Các câu hỏi dành cho cơ sở của nhà cung cấp về tuyển dụng, các loại phí, giấy tờ tùy thân, hợp đồng, tiền lương, thời giờ làm việc, quyền tự do đi lại, chỗ ở và khiếu nại. Vui lòng trả lời cho toàn bộ cơ sở, bao gồm cả người lao động được thuê thông qua công ty tuyển dụng hoặc nhà thầu. Đây không phải là bài kiểm tra đạt hay không đạt: những câu trả lời trung thực, kể cả “Không biết”, sẽ giúp khách hàng của Quý công ty cùng Quý công ty thực hiện các cải thiện.',
    'section.policies.title': 'Chính sách',
    'section.policies.description':
      'Các cam kết bằng văn bản của Quý công ty về phòng, chống lao động cưỡng bức và tuyển dụng công bằng.',
    'question.policy_exists.text':
      'Cơ sở của Quý công ty có chính sách bằng văn bản về phòng, chống lao động cưỡng bức và mua bán người không?',
    'question.policy_exists.help':
      'Một văn bản có chữ ký của ban lãnh đạo, nêu rõ cơ sở không sử dụng lao động cưỡng bức, không thu tiền của người lao động để được nhận việc và không giữ giấy tờ của họ. Hãy chọn câu trả lời đúng với thực tế hiện nay.',
    'option.policy_exists.yes_communicated':
      'Có, và chính sách đã được giải thích cho tất cả người lao động và các công ty tuyển dụng',
    'option.policy_exists.yes_not_communicated':
      'Có, nhưng chính sách chưa được giải thích cho người lao động và các công ty tuyển dụng',
    'option.policy_exists.no': 'Không',
    'option.policy_exists.dont_know': 'Không biết',
    'question.policy_adopted_on.text': 'Chính sách được ban hành khi nào?',
    'question.policy_adopted_on.help':
      'Ngày ghi trên văn bản chính sách đã ký. Nếu chính sách đã được cập nhật, hãy ghi ngày của phiên bản mới nhất.',
    'question.policy_document.text': 'Tải lên văn bản chính sách',
    'question.policy_document.help':
      'Có thể tải lên ảnh chụp hoặc bản quét, bằng bất kỳ ngôn ngữ nào.',
    'section.workforce.title': 'Lực lượng lao động',
    'section.workforce.description':
      'Những người đang làm việc tại cơ sở. Có thể đưa ra số liệu ước tính nếu không có số liệu chính xác.',
    'question.total_workers.text': 'Hiện nay có bao nhiêu người lao động đang làm việc tại cơ sở?',
    'question.total_workers.help':
      'Tính tất cả những người làm việc tại cơ sở: lao động chính thức, lao động tạm thời và lao động thời vụ, lao động thuê qua công ty tuyển dụng, và người lao động của các nhà thầu như công ty vệ sinh hoặc công ty bảo vệ.',
    'question.migrant_share.text':
      'Bao nhiêu phần trăm trong số người lao động này là lao động di cư?',
    'question.migrant_share.help':
      'Lao động di cư là người đến từ một quốc gia khác, hoặc chuyển từ một vùng khác trong nước đến để nhận công việc này. Có thể đưa ra số liệu ước tính.',
    'question.agency_share.text':
      'Bao nhiêu phần trăm trong số người lao động này được tuyển thông qua, hoặc đang được sử dụng bởi, một công ty cung ứng lao động hoặc nhà thầu cung ứng lao động?',
    'question.agency_share.help':
      'Bao gồm cả người lao động do công ty tuyển dụng tìm cho Quý công ty, kể cả khi hiện nay Quý công ty đã trực tiếp tuyển dụng họ, và người lao động vẫn do công ty tuyển dụng hoặc nhà thầu sử dụng và trả lương.',
    'question.worker_origins_languages.text':
      'Người lao động của Quý công ty đến từ những quốc gia hoặc vùng nào, và họ nói những ngôn ngữ nào?',
    'question.worker_origins_languages.help':
      'Ví dụ: “Nepal: tiếng Nepal; Myanmar: tiếng Miến Điện; lao động địa phương: tiếng Mã Lai”. Thông tin này cho chúng tôi biết hợp đồng, phiếu lương và thông báo cần được lập bằng những ngôn ngữ nào.',
    'section.recruitment.title': 'Tuyển dụng',
    'section.recruitment.description':
      'Cách người lao động đến làm việc tại cơ sở của Quý công ty, và những ai tham gia vào quá trình này.',
    'question.recruitment_channels.text':
      'Cơ sở tìm kiếm và tuyển dụng người lao động bằng những cách nào? Chọn tất cả các phương án phù hợp.',
    'question.recruitment_channels.help':
      'Hãy xem xét 12 tháng gần nhất. Đại lý phụ hoặc người môi giới là bất kỳ cá nhân hoặc doanh nghiệp nhỏ nào tìm người lao động cho một công ty tuyển dụng hoặc cho Quý công ty, thường là tại làng quê của người lao động.',
    'option.recruitment_channels.direct':
      'Chúng tôi trực tiếp tuyển dụng người lao động (người lao động tự đến, quảng cáo, hội chợ việc làm)',
    'option.recruitment_channels.referrals':
      'Người lao động hiện tại giới thiệu bạn bè hoặc người thân',
    'option.recruitment_channels.domestic_agency': 'Thông qua các công ty tuyển dụng trong nước',
    'option.recruitment_channels.overseas_agency':
      'Thông qua các công ty tuyển dụng tại nước xuất xứ của người lao động',
    'option.recruitment_channels.sub_agents':
      'Thông qua đại lý phụ, người môi giới hoặc trung gian',
    'option.recruitment_channels.labour_contractor':
      'Một nhà thầu cung ứng lao động cung cấp người lao động và vẫn là người sử dụng lao động của họ',
    'option.recruitment_channels.dont_know': 'Không biết',
    'question.agency_names.text':
      'Hãy nêu tên các công ty tuyển dụng, nhà thầu cung ứng lao động và đại lý phụ mà Quý công ty sử dụng, và quốc gia nơi mỗi đơn vị hoạt động.',
    'question.agency_names.help':
      'Mỗi đơn vị một dòng là đủ, ví dụ “ABC Manpower, Kathmandu, Nepal”.',
    'question.agency_fee_check.text':
      'Quý công ty kiểm tra bằng cách nào để bảo đảm các công ty tuyển dụng và đại lý phụ không thu tiền của người lao động?',
    'question.agency_fee_check.help':
      'Người lao động thường trả tiền cho công ty tuyển dụng và người môi giới tại nước xuất xứ, trước khi đến cơ sở của Quý công ty. Cách kiểm tra đáng tin cậy nhất là hỏi riêng người lao động mới xem họ đã trả bao nhiêu tiền và trả cho ai.',
    'option.agency_fee_check.worker_interviews':
      'Chúng tôi hỏi riêng người lao động mới xem họ đã trả bao nhiêu và trả cho ai, và xử lý dựa trên những gì họ cho biết',
    'option.agency_fee_check.contract_clause':
      'Hợp đồng của chúng tôi với các công ty tuyển dụng cấm thu tiền của người lao động, nhưng chúng tôi không kiểm tra lại với người lao động',
    'option.agency_fee_check.agency_statement':
      'Chúng tôi dựa vào thông tin do công ty tuyển dụng cung cấp',
    'option.agency_fee_check.not_checked': 'Chúng tôi không kiểm tra',
    'option.agency_fee_check.dont_know': 'Không biết',
    'section.fees.title': 'Phí tuyển dụng, tiền đặt cọc và khoản vay',
    'section.fees.description':
      'Không người lao động nào phải trả tiền để có việc làm (Nguyên tắc Người sử dụng lao động trả phí). Phí tuyển dụng và các chi phí liên quan bao gồm phí trả cho công ty tuyển dụng và người môi giới, khám sức khỏe, bảo hiểm, kiểm tra tay nghề, đào tạo, trang thiết bị, đi lại và lưu trú, cũng như hộ chiếu, thị thực và giấy phép, dù được trả tại nước xuất xứ hay tại đây (Định nghĩa của ILO về phí tuyển dụng và các chi phí liên quan, 2019).',
    'question.fee_payer.text': 'Ai trả phí tuyển dụng và các chi phí liên quan của người lao động?',
    'question.fee_payer.help':
      'Bao gồm cả các chi phí trả tại nước xuất xứ, cho người môi giới, cơ sở y tế hoặc cơ quan nhà nước. Các chi phí do công ty trả trước rồi sau đó khấu trừ vào lương được tính là do người lao động trả.',
    'option.fee_payer.employer_all': 'Công ty trả toàn bộ; người lao động không phải trả gì',
    'option.fee_payer.shared': 'Người lao động trả một phần',
    'option.fee_payer.worker_all': 'Người lao động trả phần lớn hoặc toàn bộ',
    'option.fee_payer.dont_know': 'Không biết',
    'question.worker_fee_amount.text':
      'Tổng cộng, một người lao động điển hình đã trả bao nhiêu tiền để có được công việc này?',
    'question.worker_fee_amount.help':
      'Cộng tất cả số tiền mà một người lao động được tuyển trong 12 tháng gần nhất thường đã trả, cho bất kỳ ai, cho các chi phí nêu trên, dù bằng tiền mặt hay thông qua khoản vay. Hãy chọn loại tiền tệ mà họ đã dùng để trả. Nhập 0 nếu người lao động không phải trả gì.',
    'question.monthly_wage.text':
      'Lương cơ bản hằng tháng của một người lao động điển hình là bao nhiêu?',
    'question.monthly_wage.help':
      'Lương cơ bản của một công nhân sản xuất điển hình cho thời giờ làm việc bình thường, chưa tính tiền làm thêm giờ, tiền thưởng và các khoản khấu trừ. Chúng tôi so sánh mức lương này với các khoản phí nêu trên.',
    'question.fees_repaid.text':
      'Công ty đã hoàn trả, hoặc đã đồng ý hoàn trả, các khoản phí và chi phí mà người lao động đã trả chưa?',
    'question.fees_repaid.help':
      'Nhiều bên mua hàng yêu cầu các khoản phí do người lao động đã trả phải được hoàn trả cho họ. Hãy cho chúng tôi biết tình hình hiện tại, kể cả khi việc hoàn trả chỉ mới bắt đầu.',
    'option.fees_repaid.repaid': 'Có, đã hoàn trả đầy đủ',
    'option.fees_repaid.repaying': 'Đã thống nhất kế hoạch hoàn trả và đã bắt đầu chi trả',
    'option.fees_repaid.not_repaid': 'Không',
    'option.fees_repaid.dont_know': 'Không biết',
    'question.deposit_required.text':
      'Người lao động có phải nộp tiền đặt cọc hoặc đưa ra bảo lãnh để được nhận việc hoặc giữ việc làm không?',
    'question.deposit_required.help':
      'Ví dụ: tiền do công ty hoặc công ty tuyển dụng giữ, tiền ký quỹ, giấy chứng nhận quyền sử dụng đất hoặc quyền sở hữu tài sản, hoặc người bảo lãnh phải trả tiền nếu người lao động nghỉ việc trước hạn.',
    'option.deposit_required.yes': 'Có',
    'option.deposit_required.no': 'Không',
    'question.deposit_return.text': 'Khi nào tiền đặt cọc hoặc tài sản bảo lãnh được trả lại?',
    'question.deposit_return.help':
      'Hãy chọn những gì diễn ra trên thực tế, không chỉ những gì hợp đồng quy định.',
    'option.deposit_return.any_time': 'Bất cứ khi nào người lao động nghỉ việc, vì bất kỳ lý do gì',
    'option.deposit_return.contract_end': 'Chỉ khi người lao động hoàn thành hợp đồng',
    'option.deposit_return.never': 'Không được trả lại',
    'option.deposit_return.dont_know': 'Không biết',
    'question.loans_offered.text':
      'Công ty hoặc công ty tuyển dụng có cho người lao động vay tiền hoặc tạm ứng lương không?',
    'question.loans_offered.help':
      'Bao gồm tạm ứng lương, khoản vay để trả chi phí tuyển dụng, và khoản vay từ bên cho vay do công ty hoặc công ty tuyển dụng giới thiệu.',
    'option.loans_offered.yes': 'Có',
    'option.loans_offered.no': 'Không',
    'question.loan_terms.text':
      'Điều nào sau đây áp dụng cho các khoản vay hoặc tạm ứng? Chọn tất cả các phương án phù hợp.',
    'question.loan_terms.help':
      'Một khoản vay mà trên thực tế người lao động khó có khả năng trả hết, hoặc phải trả hết trước khi nghỉ việc, có thể trói buộc họ vào công việc.',
    'option.loan_terms.written_terms':
      'Mỗi khoản vay đều có điều khoản bằng văn bản mà người lao động hiểu rõ',
    'option.loan_terms.interest': 'Có tính lãi hoặc thu phí',
    'option.loan_terms.large_repayments':
      'Số tiền trả nợ mỗi lần có thể vượt quá một phần mười lương tháng',
    'option.loan_terms.repay_before_leaving':
      'Người lao động không thể thôi việc cho đến khi trả hết khoản vay',
    'option.loan_terms.dont_know': 'Không biết',
    'section.documents.title': 'Giấy tờ tùy thân',
    'section.documents.description':
      'Người lao động phải được tự mình giữ hộ chiếu, thẻ căn cước, giấy phép lao động và thẻ ngân hàng của mình vào mọi lúc.',
    'question.documents_retained.text':
      'Công ty, công ty tuyển dụng hoặc người quản lý ký túc xá có giữ hộ chiếu, thẻ căn cước, giấy phép lao động hoặc thẻ ngân hàng của bất kỳ người lao động nào không?',
    'question.documents_retained.help':
      'Hãy trả lời “Có” kể cả khi giấy tờ được giữ “để bảo quản giúp”, có sự đồng ý của người lao động, hoặc chỉ giữ của một số người lao động. Việc bàn giao trong thời gian ngắn để gia hạn giấy phép, có biên nhận, thì không tính.',
    'option.documents_retained.yes': 'Có',
    'option.documents_retained.no': 'Không',
    'question.documents_holder.text': 'Ai giữ các giấy tờ này?',
    'question.documents_holder.help':
      'Nếu những người khác nhau giữ các giấy tờ khác nhau, hãy chọn người giữ phần lớn giấy tờ và giải thích trong phần nhận xét ở cuối.',
    'option.documents_holder.company_office': 'Phòng nhân sự hoặc phòng hành chính của công ty',
    'option.documents_holder.agency': 'Công ty tuyển dụng hoặc nhà thầu cung ứng lao động',
    'option.documents_holder.supervisor_or_security':
      'Tổ trưởng, nhân viên bảo vệ hoặc người quản lý ký túc xá',
    'option.documents_holder.dont_know': 'Không biết',
    'question.documents_return_24h.text':
      'Người lao động có thể nhận lại giấy tờ của mình trong vòng 24 giờ, vào bất kỳ ngày nào, mà không cần nêu lý do không?',
    'question.documents_return_24h.help':
      'Hãy hình dung một người lao động yêu cầu lấy lại hộ chiếu vào tối thứ Bảy. Người đó có nhận được hộ chiếu trước tối Chủ nhật không?',
    'option.documents_return_24h.yes': 'Có',
    'option.documents_return_24h.with_approval': 'Chỉ khi nêu lý do hoặc được quản lý phê duyệt',
    'option.documents_return_24h.no': 'Không',
    'option.documents_return_24h.dont_know': 'Không biết',
    'question.documents_consent.text':
      'Mỗi người lao động này đã ký, bằng ngôn ngữ của chính mình, văn bản tự nguyện đề nghị giữ hộ giấy tờ, có thể hủy bỏ bất cứ lúc nào, hay chưa?',
    'question.documents_consent.help':
      'Nếu không có sự đồng ý bằng văn bản được đưa ra một cách tự nguyện và có thể rút lại, việc giữ giấy tờ của người lao động là một dấu hiệu của lao động cưỡng bức.',
    'option.documents_consent.yes': 'Có',
    'option.documents_consent.no': 'Không',
    'section.contracts.title': 'Hợp đồng lao động',
    'question.written_contract.text':
      'Mọi người lao động đều có hợp đồng lao động bằng văn bản không?',
    'question.written_contract.help':
      'Bao gồm cả lao động thuê qua công ty tuyển dụng và lao động tạm thời. Điều quan trọng là người lao động giữ một bản hợp đồng đã ký.',
    'option.written_contract.yes_with_copy': 'Có, và mỗi người lao động giữ một bản đã ký',
    'option.written_contract.yes_no_copy': 'Có, nhưng người lao động không giữ bản nào',
    'option.written_contract.some': 'Chỉ một số người lao động có hợp đồng',
    'option.written_contract.none': 'Không',
    'option.written_contract.dont_know': 'Không biết',
    'question.contract_in_worker_language.text':
      'Hợp đồng của mọi người lao động có được lập bằng ngôn ngữ mà người lao động hiểu không?',
    'question.contract_in_worker_language.help':
      'Hãy trả lời “Không” nếu có bất kỳ nhóm người lao động nào chỉ nhận được hợp đồng bằng ngôn ngữ mà họ không đọc được, kể cả khi có người giải thích cho họ.',
    'option.contract_in_worker_language.yes': 'Có',
    'option.contract_in_worker_language.no': 'Không',
    'question.contract_timing.text':
      'Người lao động được tuyển từ quốc gia hoặc vùng khác nhận hợp đồng lần đầu tiên vào thời điểm nào?',
    'question.contract_timing.help':
      'Người lao động cần được xem và chấp nhận hợp đồng trước khi rời quê nhà hoặc trả bất kỳ khoản tiền nào, để họ có thể tự do quyết định.',
    'option.contract_timing.before_departure':
      'Trước khi rời quê nhà, có đủ thời gian để đọc hợp đồng',
    'option.contract_timing.on_arrival': 'Khi họ đến nơi',
    'option.contract_timing.after_starting': 'Sau khi họ đã bắt đầu làm việc',
    'option.contract_timing.not_applicable': 'Chúng tôi không tuyển người lao động từ nơi khác',
    'option.contract_timing.dont_know': 'Không biết',
    'question.contract_terms_match.text':
      'Công việc, tiền lương, thời giờ làm việc và các khoản khấu trừ trong hợp đồng có khớp với những gì người lao động được hứa hẹn khi được tuyển dụng không?',
    'question.contract_terms_match.help':
      'Người tuyển dụng đôi khi hứa hẹn nhiều hơn so với công việc thực tế. Hãy so sánh thư mời làm việc của công ty tuyển dụng với hợp đồng, và hỏi người lao động mới.',
    'option.contract_terms_match.yes_checked':
      'Có, và chúng tôi kiểm tra điều này với người lao động mới',
    'option.contract_terms_match.not_checked': 'Chúng tôi tin là có, nhưng chưa kiểm tra',
    'option.contract_terms_match.sometimes_differ': 'Đôi khi có sự khác biệt',
    'option.contract_terms_match.dont_know': 'Không biết',
    'section.wages.title': 'Tiền lương và các khoản khấu trừ',
    'question.wages_paid_on_time.text':
      'Trong 12 tháng gần nhất, tất cả người lao động có được trả lương đầy đủ và đúng hạn trong mọi kỳ trả lương không?',
    'question.wages_paid_on_time.help':
      'Hãy trả lời “Không” nếu có bất kỳ khoản lương nào bị trả chậm, chỉ được trả một phần hoặc bị giữ lại, dù chỉ một lần, kể cả đối với lao động thuê qua công ty tuyển dụng.',
    'option.wages_paid_on_time.yes': 'Có',
    'option.wages_paid_on_time.no': 'Không',
    'question.wage_payment_method.text':
      'Phần lớn người lao động được trả lương bằng hình thức nào?',
    'question.wage_payment_method.help':
      'Tiền lương phải được trả thẳng cho người lao động. Hãy cho chúng tôi biết nếu công ty tuyển dụng, người môi giới hoặc bất kỳ ai khác nhận lương của người lao động trước.',
    'option.wage_payment_method.own_account':
      'Chuyển vào tài khoản ngân hàng hoặc tài khoản tiền di động đứng tên người lao động, do người lao động tự quản lý',
    'option.wage_payment_method.cash_to_worker':
      'Bằng tiền mặt, trao tận tay người lao động và người lao động ký nhận',
    'option.wage_payment_method.through_agency':
      'Thông qua công ty tuyển dụng hoặc nhà thầu, sau đó đơn vị này trả cho người lao động',
    'option.wage_payment_method.account_held_by_others':
      'Chuyển vào tài khoản mà thẻ, sổ tài khoản hoặc mã PIN do công ty hoặc công ty tuyển dụng giữ',
    'option.wage_payment_method.dont_know': 'Không biết',
    'question.wages_held_back.text':
      'Có phần nào trong thu nhập của người lao động bị giữ lại không, ví dụ cho đến khi kết thúc hợp đồng hoặc mùa vụ, hoặc trong một chương trình tiết kiệm?',
    'question.wages_held_back.help':
      'Giữ lại tiền lương người lao động đã làm ra để họ không nghỉ việc là một trong những cách phổ biến nhất để ép buộc người lao động ở lại làm việc.',
    'option.wages_held_back.no': 'Không',
    'option.wages_held_back.voluntary_savings':
      'Chỉ trong chương trình tiết kiệm do người lao động tự chọn và có thể rút tiền bất cứ lúc nào',
    'option.wages_held_back.yes': 'Có',
    'option.wages_held_back.dont_know': 'Không biết',
    'question.payslips.text':
      'Mọi người lao động có nhận được phiếu lương ghi rõ số giờ làm việc, tiền lương và từng khoản khấu trừ không?',
    'question.payslips.help':
      'Người lao động cần có phiếu lương mà họ đọc được để kiểm tra xem mình đã được trả lương đúng chưa.',
    'option.payslips.yes_own_language': 'Có, bằng ngôn ngữ mà người lao động hiểu',
    'option.payslips.yes_other_language':
      'Có, nhưng không phải lúc nào cũng bằng ngôn ngữ mà người lao động hiểu',
    'option.payslips.no': 'Không',
    'option.payslips.dont_know': 'Không biết',
    'question.payslip_sample.text': 'Tải lên một phiếu lương mẫu',
    'question.payslip_sample.help':
      'Hãy che hoặc làm mờ tên và số định danh của người lao động trước khi tải lên.',
    'question.wage_deductions.text':
      'Ngoài thuế và các khoản đóng bảo hiểm xã hội theo quy định của pháp luật, những khoản nào bị khấu trừ vào lương? Chọn tất cả các phương án phù hợp.',
    'question.wage_deductions.help':
      'Bao gồm cả các khoản khấu trừ do công ty tuyển dụng hoặc nhà thầu thực hiện trước khi trả lương cho người lao động.',
    'option.wage_deductions.none': 'Không có khoản khấu trừ nào khác',
    'option.wage_deductions.accommodation': 'Tiền chỗ ở',
    'option.wage_deductions.food': 'Tiền ăn',
    'option.wage_deductions.recruitment_costs':
      'Phí tuyển dụng hoặc các chi phí liên quan, hoặc tiền hoàn trả các khoản này',
    'option.wage_deductions.loan_repayments': 'Tiền trả nợ vay hoặc hoàn trả tạm ứng',
    'option.wage_deductions.fines': 'Tiền phạt, ví dụ do đi muộn, mắc lỗi hoặc vi phạm nội quy',
    'option.wage_deductions.equipment': 'Đồng phục, dụng cụ hoặc phương tiện bảo vệ cá nhân',
    'option.wage_deductions.dont_know': 'Không biết',
    'section.hours.title': 'Thời giờ làm việc',
    'section.hours.description':
      'Hãy sử dụng dữ liệu chấm công của Quý công ty, bao gồm cả dữ liệu của lao động thuê qua công ty tuyển dụng.',
    'question.overtime_hours_week.text':
      'Trong tháng cao điểm nhất của 12 tháng gần nhất, một người lao động điển hình làm thêm bao nhiêu giờ mỗi tuần?',
    'question.overtime_hours_week.help':
      'Làm thêm giờ là mọi giờ làm việc vượt quá thời giờ làm việc bình thường ghi trong hợp đồng.',
    'question.max_weekly_hours.text':
      'Trong 12 tháng gần nhất, tổng số giờ làm việc cao nhất (giờ làm việc bình thường cộng giờ làm thêm) mà bất kỳ người lao động nào đã làm trong một tuần là bao nhiêu?',
    'question.max_weekly_hours.help': 'Hãy xem dữ liệu chấm công của tuần cao điểm nhất.',
    'question.rest_day.text':
      'Người lao động có được nghỉ ít nhất một ngày trọn vẹn trong mỗi bảy ngày không?',
    'question.rest_day.help': 'Một ngày nghỉ nghĩa là ít nhất 24 giờ liên tục không làm việc.',
    'option.rest_day.always': 'Có, luôn luôn',
    'option.rest_day.except_peak': 'Có, trừ mùa cao điểm',
    'option.rest_day.no': 'Không',
    'option.rest_day.dont_know': 'Không biết',
    'question.overtime_voluntary.text':
      'Người lao động có thể từ chối làm thêm giờ mà không bị bất kỳ hình thức phạt nào không?',
    'question.overtime_voluntary.help':
      'Hình thức phạt bao gồm bị mất tiền thưởng hoặc ca làm việc sau này, bị cảnh cáo, bị phạt tiền, hoặc bị chuyển sang công việc kém hơn.',
    'option.overtime_voluntary.yes': 'Có',
    'option.overtime_voluntary.penalty':
      'Người lao động từ chối có thể bị mất tiền thưởng hoặc ca làm việc, hoặc bị kỷ luật',
    'option.overtime_voluntary.needed_for_targets':
      'Người lao động phải làm thêm giờ mới đạt được chỉ tiêu sản xuất',
    'option.overtime_voluntary.dont_know': 'Không biết',
    'section.movement.title': 'Quyền tự do đi lại và quyền tự do thôi việc',
    'section.movement.description':
      'Người lao động phải được tự do rời nơi làm việc khi hết ca, rời chỗ ở trong thời gian rảnh, và thôi việc với thời hạn báo trước hợp lý.',
    'question.resignation_notice.text':
      'Người lao động có thể thôi việc không, và họ phải báo trước bao lâu?',
    'question.resignation_notice.help':
      'Hãy nghĩ đến trường hợp một người lao động muốn nghỉ việc trước khi hết hạn hợp đồng.',
    'option.resignation_notice.up_to_one_month':
      'Họ có thể thôi việc với thời hạn báo trước không quá một tháng',
    'option.resignation_notice.more_than_one_month':
      'Họ có thể thôi việc, nhưng phải báo trước hơn một tháng',
    'option.resignation_notice.not_before_contract_end':
      'Họ không thể thôi việc trước khi hết hạn hợp đồng',
    'option.resignation_notice.dont_know': 'Không biết',
    'question.resignation_consequences.text':
      'Điều gì xảy ra khi người lao động thôi việc trước khi hết hạn hợp đồng? Chọn tất cả các phương án phù hợp.',
    'question.resignation_consequences.help':
      'Hãy trả lời theo những gì diễn ra trên thực tế, kể cả những việc mà công ty tuyển dụng làm.',
    'option.resignation_consequences.paid_in_full':
      'Họ nhận đủ tiền lương và các quyền lợi còn được hưởng',
    'option.resignation_consequences.lose_earned_pay':
      'Họ bị mất tiền lương hoặc tiền thưởng đã làm ra',
    'option.resignation_consequences.pay_penalty': 'Họ phải nộp tiền phạt hoặc bồi thường',
    'option.resignation_consequences.repay_recruitment_costs':
      'Họ phải hoàn trả chi phí tuyển dụng hoặc chi phí đi lại',
    'option.resignation_consequences.lose_deposit': 'Họ bị mất tiền đặt cọc',
    'option.resignation_consequences.pay_own_way_home':
      'Họ phải tự trả chi phí đi lại để về quê nhà',
    'option.resignation_consequences.dont_know': 'Không biết',
    'question.leave_premises.text':
      'Ngoài giờ làm việc, người lao động có thể rời nơi làm việc và chỗ ở bất cứ khi nào họ muốn không?',
    'question.leave_premises.help':
      'Ví dụ để đi mua sắm, đến nơi thờ tự hoặc gặp bạn bè vào ngày nghỉ.',
    'option.leave_premises.freely': 'Có, hoàn toàn tự do',
    'option.leave_premises.with_permission': 'Chỉ khi được cho phép hoặc có giấy ra vào',
    'option.leave_premises.escorted': 'Chỉ khi đi theo nhóm hoặc có người đi kèm',
    'option.leave_premises.not_allowed': 'Không',
    'option.leave_premises.dont_know': 'Không biết',
    'question.gate_rules.text':
      'Những quy định nào sau đây được áp dụng tại cơ sở hoặc tại chỗ ở của người lao động? Chọn tất cả các phương án phù hợp.',
    'question.gate_rules.help':
      'Các biện pháp an ninh hợp lý là chấp nhận được. Chúng tôi muốn biết về những quy định ngăn cản người lao động ra vào.',
    'option.gate_rules.none': 'Không có quy định nào trong số này',
    'option.gate_rules.curfew': 'Giờ giới nghiêm: chỗ ở đóng cửa vào một giờ nhất định vào ban đêm',
    'option.gate_rules.exit_pass':
      'Người lao động cần có giấy ra vào hoặc được cho phép mới được ra ngoài',
    'option.gate_rules.locked_during_work': 'Cổng hoặc cửa bị khóa trong giờ làm việc',
    'option.gate_rules.guards_stop_workers': 'Bảo vệ có thể ngăn người lao động rời đi',
    'option.gate_rules.dont_know': 'Không biết',
    'question.dormitory_keys.text':
      'Ai giữ chìa khóa phòng của người lao động và chìa khóa cửa ra vào nơi ở của họ?',
    'question.dormitory_keys.help':
      'Cửa bị khóa có thể gây chết người khi xảy ra hỏa hoạn, và việc nhốt người lao động không bao giờ được chấp nhận.',
    'option.dormitory_keys.workers': 'Mỗi người lao động có chìa khóa riêng và có thể tự do ra vào',
    'option.dormitory_keys.warden_on_request':
      'Quản lý ký túc xá hoặc bảo vệ giữ chìa khóa và mở cửa khi có yêu cầu, cả ngày lẫn đêm',
    'option.dormitory_keys.locked_at_night': 'Phòng hoặc tòa nhà bị khóa từ bên ngoài vào ban đêm',
    'option.dormitory_keys.no_housing':
      'Cả công ty và các công ty tuyển dụng của công ty đều không bố trí chỗ ở',
    'option.dormitory_keys.dont_know': 'Không biết',
    'section.living.title': 'Điều kiện sinh hoạt',
    'question.housing_provided.text':
      'Có người lao động nào sống tại chỗ ở do công ty, công ty tuyển dụng hoặc nhà thầu cung cấp hoặc bố trí không?',
    'question.housing_provided.help':
      'Bao gồm ký túc xá trong khuôn viên cơ sở, và nhà thuê hoặc nhà trọ được bố trí cho người lao động.',
    'option.housing_provided.no': 'Không',
    'option.housing_provided.company': 'Có, do công ty quản lý',
    'option.housing_provided.agency_or_landlord':
      'Có, do công ty tuyển dụng, nhà thầu hoặc chủ nhà quản lý',
    'option.housing_provided.dont_know': 'Không biết',
    'question.housing_compulsory.text':
      'Người lao động có bắt buộc phải sống tại chỗ ở này như một điều kiện để được làm việc không?',
    'question.housing_compulsory.help':
      'Hãy trả lời “Có” nếu người lao động không được phép sống ở nơi khác.',
    'option.housing_compulsory.yes': 'Có',
    'option.housing_compulsory.no': 'Không',
    'question.housing_problems.text':
      'Những vấn đề nào sau đây hiện đang tồn tại ở chỗ ở? Chọn tất cả các phương án phù hợp.',
    'question.housing_problems.help':
      'Hãy kiểm tra với những người quản lý chỗ ở. Báo cáo trung thực về một vấn đề là bước đầu tiên để khắc phục vấn đề đó.',
    'option.housing_problems.none': 'Không có vấn đề nào trong số này',
    'option.housing_problems.overcrowding': 'Số người mỗi phòng nhiều hơn mức pháp luật cho phép',
    'option.housing_problems.water_sanitation':
      'Không đủ nhà vệ sinh hoặc nhà tắm, hoặc không có nước uống an toàn',
    'option.housing_problems.fire_safety':
      'Quá ít lối thoát hiểm hoặc lối thoát hiểm bị chặn, hoặc không có thiết bị chữa cháy',
    'option.housing_problems.no_private_storage': 'Không có chỗ có khóa để cất giữ đồ dùng cá nhân',
    'option.housing_problems.not_separated':
      'Nam và nữ không được bố trí riêng biệt khi ngủ và tắm giặt',
    'option.housing_problems.dont_know': 'Không biết',
    'section.grievances.title': 'Kênh khiếu nại',
    'section.grievances.description':
      'Cách người lao động có thể nêu lên mối quan ngại một cách an toàn.',
    'question.grievance_channel.text':
      'Người lao động có thể khiếu nại qua một kênh khác ngoài người quản lý trực tiếp của họ không?',
    'question.grievance_channel.help':
      'Ví dụ: đường dây nóng, hộp thư góp ý, ban đại diện người lao động, công đoàn, hoặc một kênh do bên mua hàng hoặc tổ chức phi chính phủ vận hành.',
    'option.grievance_channel.yes': 'Có',
    'option.grievance_channel.no': 'Không',
    'question.grievance_anonymous.text':
      'Người lao động có thể sử dụng kênh này một cách ẩn danh không?',
    'question.grievance_anonymous.help':
      'Người lao động sợ mất việc sẽ chỉ lên tiếng nếu họ có thể làm vậy mà không phải nêu tên.',
    'option.grievance_anonymous.yes': 'Có',
    'option.grievance_anonymous.no': 'Không',
    'option.grievance_anonymous.dont_know': 'Không biết',
    'question.grievance_languages.text':
      'Người lao động có thể sử dụng kênh này bằng ngôn ngữ của mình không?',
    'question.grievance_languages.help':
      'Hãy xem xét mọi nhóm ngôn ngữ trong lực lượng lao động của Quý công ty, bao gồm cả lao động thuê qua công ty tuyển dụng.',
    'option.grievance_languages.all': 'Có, bằng tất cả các ngôn ngữ đó',
    'option.grievance_languages.some': 'Bằng một số ngôn ngữ',
    'option.grievance_languages.none': 'Không',
    'option.grievance_languages.dont_know': 'Không biết',
    'question.grievance_awareness.text': 'Người lao động biết đến kênh này bằng cách nào?',
    'question.grievance_awareness.help':
      'Một kênh khiếu nại chỉ hiệu quả khi người lao động biết đến và tin tưởng kênh đó.',
    'option.grievance_awareness.induction_and_notices':
      'Trong buổi định hướng khi mới vào làm, và qua thông báo bằng ngôn ngữ của họ',
    'option.grievance_awareness.notices_only': 'Chỉ qua thông báo',
    'option.grievance_awareness.not_told': 'Người lao động không được thông báo về kênh này',
    'option.grievance_awareness.dont_know': 'Không biết',
    'section.subcontracting.title': 'Nhà thầu phụ và lao động làm việc tại nhà',
    'question.uses_subcontractors.text':
      'Cơ sở có giao bất kỳ công việc sản xuất hoặc gia công nào cho nhà máy hoặc xưởng khác không?',
    'question.uses_subcontractors.help':
      'Bao gồm cả công việc giao không thường xuyên vào thời kỳ cao điểm, và công việc giao qua trung gian.',
    'option.uses_subcontractors.yes': 'Có',
    'option.uses_subcontractors.no': 'Không',
    'question.subcontractor_oversight.text':
      'Bên mua hàng của Quý công ty có biết về các nhà thầu phụ này không, và Quý công ty có kiểm tra thực tiễn lao động của họ không?',
    'question.subcontractor_oversight.help':
      'Bên mua hàng cần biết hàng hóa của họ được sản xuất ở đâu. Người lao động tại các nhà thầu phụ thường được bảo vệ kém hơn.',
    'option.subcontractor_oversight.disclosed_and_checked':
      'Bên mua hàng biết về tất cả các nhà thầu phụ, và chúng tôi kiểm tra thực tiễn lao động của họ',
    'option.subcontractor_oversight.disclosed_not_checked':
      'Bên mua hàng biết về các nhà thầu phụ, nhưng chúng tôi không kiểm tra thực tiễn lao động của họ',
    'option.subcontractor_oversight.not_disclosed':
      'Bên mua hàng không biết về tất cả các nhà thầu phụ',
    'option.subcontractor_oversight.dont_know': 'Không biết',
    'question.uses_homeworkers.text':
      'Có công việc nào được giao cho lao động làm việc tại nhà, tức là những người làm việc tại nhà riêng của mình, trực tiếp hoặc thông qua trung gian không?',
    'question.uses_homeworkers.help':
      'Ví dụ: khâu tay, thêu, phân loại hoặc đóng gói được thực hiện tại nhà.',
    'option.uses_homeworkers.yes': 'Có',
    'option.uses_homeworkers.no': 'Không',
    'question.homeworker_pay.text': 'Lao động làm việc tại nhà được trả công như thế nào?',
    'question.homeworker_pay.help':
      'Lao động làm việc tại nhà thường được trả công theo sản phẩm, đôi khi rất lâu sau khi giao hàng.',
    'option.homeworker_pay.direct_written_rates':
      'Do chúng tôi trả trực tiếp, theo đơn giá sản phẩm bằng văn bản, đúng hạn',
    'option.homeworker_pay.through_middleman': 'Thông qua trung gian',
    'option.homeworker_pay.dont_know': 'Không biết',
    'section.treatment.title': 'Đối xử với người lao động',
    'section.treatment.description':
      'Chúng tôi hỏi mọi cơ sở những câu hỏi này. Các câu hỏi giúp chúng tôi hiểu cách cơ sở phòng ngừa hành vi ngược đãi; vui lòng trả lời chính xác nhất có thể.',
    'question.discipline_rules.text':
      'Có quy định bằng văn bản nào cấm trừng phạt thân thể, đe dọa, lăng mạ và quấy rối tình dục không?',
    'question.discipline_rules.help':
      'Các quy định này phải áp dụng cho tất cả những người có quyền hạn đối với người lao động: quản lý, tổ trưởng, nhân viên bảo vệ và nhân viên công ty tuyển dụng.',
    'option.discipline_rules.yes_trained':
      'Có, và tổ trưởng và nhân viên bảo vệ được đào tạo về các quy định này',
    'option.discipline_rules.yes_not_trained': 'Có, nhưng không có đào tạo về các quy định này',
    'option.discipline_rules.no': 'Không',
    'option.discipline_rules.dont_know': 'Không biết',
    'question.discipline_measures.text':
      'Điều nào sau đây có thể xảy ra khi người lao động vi phạm nội quy hoặc không đạt chỉ tiêu? Chọn tất cả các phương án phù hợp.',
    'question.discipline_measures.help':
      'Hãy trả lời theo những gì tổ trưởng, nhân viên bảo vệ và nhân viên công ty tuyển dụng thực sự làm, không chỉ theo những gì nội quy quy định.',
    'option.discipline_measures.warning': 'Cảnh cáo bằng lời nói hoặc bằng văn bản',
    'option.discipline_measures.dismissal_after_procedure': 'Sa thải sau một quy trình công bằng',
    'option.discipline_measures.fine': 'Phạt tiền hoặc trừ lương',
    'option.discipline_measures.shouting_insults': 'La mắng, xúc phạm hoặc làm nhục',
    'option.discipline_measures.threat_authorities':
      'Đe dọa báo người lao động cho công an hoặc cơ quan quản lý xuất nhập cảnh, hoặc đe dọa đưa họ về quê nhà',
    'option.discipline_measures.physical_punishment':
      'Đánh, xô đẩy hoặc các hình thức trừng phạt thân thể khác',
    'option.discipline_measures.confinement': 'Bị nhốt hoặc bị cách ly khỏi người khác',
    'option.discipline_measures.dont_know': 'Không biết',
    'question.incidents_last_year.text':
      'Trong 12 tháng gần nhất, có trường hợp bạo lực, đe dọa, quấy rối hoặc ngược đãi nào đối với người lao động được báo cáo hoặc phát hiện không?',
    'question.incidents_last_year.help':
      'Những cơ sở chủ động tìm kiếm và xử lý vấn đề an toàn hơn những cơ sở không bao giờ phát hiện ra vấn đề nào. Hãy tính các trường hợp từ mọi nguồn: người lao động, kênh khiếu nại, các cuộc đánh giá hoặc công an.',
    'option.incidents_last_year.none': 'Không có trường hợp nào',
    'option.incidents_last_year.resolved': 'Có, đã được điều tra và xử lý',
    'option.incidents_last_year.open': 'Có, đang được xử lý',
    'option.incidents_last_year.dont_know': 'Không biết',
    'question.incident_summary.text':
      'Hãy mô tả ngắn gọn những gì đã xảy ra và những biện pháp đã được thực hiện.',
    'question.incident_summary.help':
      'Không nêu tên những người lao động liên quan hoặc đưa ra chi tiết có thể giúp nhận diện họ.',
    'section.isolation.title': 'Vị trí và liên lạc với bên ngoài',
    'question.site_location.text': 'Cơ sở nằm ở đâu?',
    'question.site_location.help':
      'Người lao động ở những nơi hẻo lánh khó nhận được sự giúp đỡ hoặc khó rời đi hơn.',
    'option.site_location.town':
      'Trong hoặc gần thị trấn, thành phố, có thể đến bằng phương tiện giao thông công cộng',
    'option.site_location.remote':
      'Ở vùng hẻo lánh không có phương tiện giao thông công cộng, ví dụ đồn điền, khu mỏ hoặc lán trại',
    'option.site_location.at_sea': 'Trên biển hoặc ngoài khơi, ví dụ trên tàu đánh cá',
    'question.phone_access.text':
      'Người lao động có được giữ điện thoại di động của mình và sử dụng trong giờ nghỉ và sau giờ làm việc không?',
    'question.phone_access.help':
      'Điện thoại có thể bị cấm trong khu vực sản xuất vì lý do an toàn. Điều quan trọng là người lao động có thể liên lạc với gia đình và tìm kiếm sự giúp đỡ trong thời gian riêng của họ hay không.',
    'option.phone_access.yes': 'Có',
    'option.phone_access.limited_times': 'Chỉ vào những thời điểm hạn chế do ban quản lý quy định',
    'option.phone_access.collected': 'Điện thoại bị công ty hoặc công ty tuyển dụng thu và giữ',
    'option.phone_access.dont_know': 'Không biết',
    'section.comments.title': 'Nhận xét',
    'question.additional_comments.text':
      'Quý công ty có muốn cho chúng tôi biết thêm điều gì không?',
    'question.additional_comments.help':
      'Ví dụ: những cải thiện Quý công ty đã thực hiện, hoặc những câu trả lời Quý công ty muốn giải thích thêm.',
  },
  'recruitment-agency-fee-practice-survey': {
    'template.title': 'Khảo sát thực tiễn thu phí của công ty tuyển dụng',
    'template.description':
      'Các câu hỏi dành cho các công ty tuyển dụng đưa người lao động đến làm việc cho các nhà cung cấp của chúng tôi: giấy phép, hành lang tuyển dụng, ai trả từng khoản phí tuyển dụng và chi phí liên quan, tiền đặt cọc và khoản vay, hợp đồng, giấy tờ tùy thân và khiếu nại. Bảng câu hỏi có thể do công ty tuyển dụng tự điền hoặc do người khác điền thay mặt công ty. Theo Nguyên tắc Người sử dụng lao động trả phí, không người lao động nào phải trả tiền để có việc làm.',
    'section.licence.title': 'Giấy phép',
    'question.licence_status.text': 'Giấy phép tuyển dụng của công ty hiện ở tình trạng nào?',
    'question.licence_status.help':
      'Giấy phép cho phép công ty tuyển dụng hoặc đưa người lao động đi làm việc, do cơ quan nhà nước có thẩm quyền tại nơi công ty hoạt động cấp. Nếu công ty có nhiều giấy phép, hãy trả lời cho giấy phép được sử dụng cho các trường hợp đưa người lao động đi làm việc này.',
    'option.licence_status.valid': 'Còn hiệu lực',
    'option.licence_status.expired': 'Đã hết hạn',
    'option.licence_status.suspended_or_revoked': 'Bị đình chỉ hoặc bị thu hồi',
    'option.licence_status.not_licensed': 'Công ty không có giấy phép',
    'option.licence_status.not_required': 'Nơi công ty hoạt động không yêu cầu giấy phép',
    'option.licence_status.dont_know': 'Không biết',
    'question.licensing_authority.text': 'Cơ quan nào đã cấp giấy phép?',
    'question.licensing_authority.help':
      'Ví dụ: bộ lao động hoặc cơ quan quản lý lao động ngoài nước, và quốc gia của cơ quan đó.',
    'question.licence_number.text': 'Số giấy phép',
    'question.licence_number.help': 'Như ghi trên giấy phép.',
    'question.licence_expiry.text': 'Giấy phép hết hạn (hoặc đã hết hạn) vào ngày nào?',
    'question.licence_expiry.help': 'Ngày hết hạn ghi trên giấy phép.',
    'section.corridors.title': 'Hành lang tuyển dụng',
    'section.corridors.description':
      'Nơi công ty tuyển người lao động, và nơi công ty đưa họ đến làm việc.',
    'question.origin_countries.text':
      'Công ty tuyển người lao động tại những quốc gia nào? Chọn tất cả các phương án phù hợp.',
    'question.origin_countries.help':
      'Các quốc gia nơi người lao động sinh sống khi được tuyển dụng.',
    'option.origin_countries.bangladesh': 'Bangladesh',
    'option.origin_countries.cambodia': 'Campuchia',
    'option.origin_countries.india': 'Ấn Độ',
    'option.origin_countries.indonesia': 'Indonesia',
    'option.origin_countries.myanmar': 'Myanmar',
    'option.origin_countries.nepal': 'Nepal',
    'option.origin_countries.pakistan': 'Pakistan',
    'option.origin_countries.philippines': 'Philippines',
    'option.origin_countries.sri_lanka': 'Sri Lanka',
    'option.origin_countries.vietnam': 'Việt Nam',
    'option.origin_countries.other': 'Khác',
    'question.destination_countries.text':
      'Công ty đưa người lao động đến làm việc tại những quốc gia nào? Chọn tất cả các phương án phù hợp.',
    'question.destination_countries.help':
      'Các quốc gia nơi người lao động được tuyển dụng làm việc.',
    'option.destination_countries.malaysia': 'Malaysia',
    'option.destination_countries.thailand': 'Thái Lan',
    'option.destination_countries.singapore': 'Singapore',
    'option.destination_countries.taiwan': 'Đài Loan',
    'option.destination_countries.japan': 'Nhật Bản',
    'option.destination_countries.south_korea': 'Đại Hàn Dân Quốc',
    'option.destination_countries.saudi_arabia': 'Ả Rập Xê Út',
    'option.destination_countries.united_arab_emirates': 'Các Tiểu vương quốc Ả Rập Thống nhất',
    'option.destination_countries.qatar': 'Qatar',
    'option.destination_countries.same_country':
      'Trong cùng một quốc gia (đưa người lao động đi làm việc trong nước)',
    'option.destination_countries.other': 'Khác',
    'question.corridor_details.text': 'Các quốc gia khác và các tuyến chính của công ty',
    'question.corridor_details.help':
      'Hãy nêu tên các quốc gia được đánh dấu “Khác” và các tuyến chính, ví dụ “Nepal sang Malaysia, khoảng 300 người lao động mỗi năm”.',
    'question.workers_placed.text':
      'Trong 12 tháng gần nhất, công ty đã đưa bao nhiêu người lao động đi làm việc?',
    'question.workers_placed.help':
      'Tất cả các trường hợp, với tất cả người sử dụng lao động. Có thể đưa ra số liệu ước tính.',
    'section.costs.title': 'Ai trả phí tuyển dụng và các chi phí liên quan',
    'section.costs.description':
      'Với mỗi khoản chi phí, hãy cho biết trên thực tế ai là người trả. Một khoản chi phí được tính là do người lao động trả nếu người lao động trả khoản đó cho bất kỳ ai (công ty tuyển dụng, đại lý phụ, cơ sở y tế, trung tâm đào tạo hoặc cơ quan nhà nước), hoặc nếu khoản đó được trả thay cho họ rồi sau đó khấu trừ vào lương của họ. Các hạng mục: Định nghĩa của ILO về phí tuyển dụng và các chi phí liên quan (2019).',
    'question.who_pays_recruitment_fee.text': 'Ai trả phí tuyển dụng hoặc phí giới thiệu việc làm?',
    'question.who_pays_recruitment_fee.help':
      'Các khoản thanh toán cho dịch vụ của công ty tuyển dụng hoặc những người tuyển dụng khác: quảng cáo, tìm kiếm và tuyển chọn người lao động, kết nối việc làm, giới thiệu và bố trí việc làm.',
    'option.who_pays_recruitment_fee.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_recruitment_fee.worker': 'Người lao động',
    'option.who_pays_recruitment_fee.shared':
      'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_recruitment_fee.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_recruitment_fee.dont_know': 'Không biết',
    'question.who_pays_medical.text': 'Ai trả chi phí khám sức khỏe, xét nghiệm và tiêm chủng?',
    'question.who_pays_medical.help':
      'Trước khi xuất cảnh, khi đến nơi, và mọi lần khám lại cần thiết để xin giấy phép.',
    'option.who_pays_medical.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_medical.worker': 'Người lao động',
    'option.who_pays_medical.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_medical.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_medical.dont_know': 'Không biết',
    'question.who_pays_insurance.text': 'Ai trả chi phí bảo hiểm?',
    'question.who_pays_insurance.help':
      'Bảo hiểm nhân thọ, bảo hiểm sức khỏe và bảo hiểm tai nạn, và các khoản đóng bắt buộc vào quỹ phúc lợi cho lao động di cư.',
    'option.who_pays_insurance.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_insurance.worker': 'Người lao động',
    'option.who_pays_insurance.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_insurance.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_insurance.dont_know': 'Không biết',
    'question.who_pays_skills_tests.text':
      'Ai trả chi phí kiểm tra kỹ năng, tay nghề và ngoại ngữ?',
    'question.who_pays_skills_tests.help':
      'Các bài kiểm tra trình độ chuyên môn, kỹ năng hoặc ngoại ngữ của người lao động cho công việc.',
    'option.who_pays_skills_tests.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_skills_tests.worker': 'Người lao động',
    'option.who_pays_skills_tests.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_skills_tests.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_skills_tests.dont_know': 'Không biết',
    'question.who_pays_training.text': 'Ai trả chi phí đào tạo và định hướng?',
    'question.who_pays_training.help':
      'Bao gồm cả đào tạo định hướng trước khi xuất cảnh và hướng dẫn khi đến nơi.',
    'option.who_pays_training.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_training.worker': 'Người lao động',
    'option.who_pays_training.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_training.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_training.dont_know': 'Không biết',
    'question.who_pays_equipment.text':
      'Ai trả chi phí trang thiết bị, dụng cụ, đồng phục và đồ bảo hộ?',
    'question.who_pays_equipment.help':
      'Bất cứ thứ gì người lao động cần để làm việc, hoặc được yêu cầu mang theo.',
    'option.who_pays_equipment.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_equipment.worker': 'Người lao động',
    'option.who_pays_equipment.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_equipment.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_equipment.dont_know': 'Không biết',
    'question.who_pays_travel_origin.text':
      'Ai trả chi phí đi lại và lưu trú tại nước xuất xứ của người lao động?',
    'question.who_pays_travel_origin.help':
      'Các chuyến đi đến nơi phỏng vấn, khám sức khỏe, đào tạo, đại sứ quán và sân bay, và mọi thời gian lưu trú gần những nơi đó.',
    'option.who_pays_travel_origin.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_travel_origin.worker': 'Người lao động',
    'option.who_pays_travel_origin.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_travel_origin.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_travel_origin.dont_know': 'Không biết',
    'question.who_pays_travel_transit.text': 'Ai trả chi phí cho hành trình đến nước tiếp nhận?',
    'question.who_pays_travel_transit.help':
      'Vé máy bay, xe khách hoặc tàu thuyền, và chi phí ăn ở trong thời gian quá cảnh.',
    'option.who_pays_travel_transit.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_travel_transit.worker': 'Người lao động',
    'option.who_pays_travel_transit.shared':
      'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_travel_transit.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_travel_transit.dont_know': 'Không biết',
    'question.who_pays_travel_destination.text':
      'Ai trả chi phí đi lại và lưu trú tại nước tiếp nhận?',
    'question.who_pays_travel_destination.help':
      'Phương tiện đi lại từ sân bay hoặc cửa khẩu đến nơi làm việc, chỗ ở trước khi bắt đầu làm việc, và hành trình về nước khi kết thúc hợp đồng.',
    'option.who_pays_travel_destination.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_travel_destination.worker': 'Người lao động',
    'option.who_pays_travel_destination.shared':
      'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_travel_destination.not_applicable':
      'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_travel_destination.dont_know': 'Không biết',
    'question.who_pays_passport.text': 'Ai trả chi phí làm hộ chiếu?',
    'question.who_pays_passport.help':
      'Lệ phí cấp mới hoặc gia hạn hộ chiếu, và mọi khoản phí làm thủ tục.',
    'option.who_pays_passport.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_passport.worker': 'Người lao động',
    'option.who_pays_passport.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_passport.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_passport.dont_know': 'Không biết',
    'question.who_pays_visa.text': 'Ai trả chi phí thị thực?',
    'question.who_pays_visa.help':
      'Lệ phí thị thực, chi phí đặt lịch hẹn tại cơ quan lãnh sự và mọi khoản phí làm thủ tục.',
    'option.who_pays_visa.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_visa.worker': 'Người lao động',
    'option.who_pays_visa.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_visa.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_visa.dont_know': 'Không biết',
    'question.who_pays_work_permit.text': 'Ai trả chi phí giấy phép lao động và giấy phép cư trú?',
    'question.who_pays_work_permit.help':
      'Lệ phí và các khoản thu của nhà nước đối với việc cấp và gia hạn giấy phép lao động và giấy phép cư trú.',
    'option.who_pays_work_permit.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_work_permit.worker': 'Người lao động',
    'option.who_pays_work_permit.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_work_permit.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_work_permit.dont_know': 'Không biết',
    'question.who_pays_document_processing.text':
      'Ai trả chi phí cho các giấy tờ khác và việc xử lý hồ sơ?',
    'question.who_pays_document_processing.help':
      'Lý lịch tư pháp, thẩm tra lý lịch, chứng thực, dịch thuật và hợp pháp hóa giấy tờ, thủ tục xuất cảnh, và mở tài khoản ngân hàng.',
    'option.who_pays_document_processing.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_document_processing.worker': 'Người lao động',
    'option.who_pays_document_processing.shared':
      'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_document_processing.not_applicable':
      'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_document_processing.dont_know': 'Không biết',
    'question.who_pays_sub_agent.text':
      'Ai trả tiền cho đại lý phụ, người môi giới hoặc trung gian?',
    'question.who_pays_sub_agent.help':
      'Mọi khoản thanh toán cho người đã tìm ra người lao động hoặc chuyển họ cho công ty tuyển dụng, chẳng hạn như người môi giới ở làng quê.',
    'option.who_pays_sub_agent.employer':
      'Người sử dụng lao động hoặc công ty tuyển dụng trả: người lao động không phải trả gì',
    'option.who_pays_sub_agent.worker': 'Người lao động',
    'option.who_pays_sub_agent.shared': 'Người sử dụng lao động và người lao động cùng chi trả',
    'option.who_pays_sub_agent.not_applicable': 'Không áp dụng: không phát sinh chi phí này',
    'option.who_pays_sub_agent.dont_know': 'Không biết',
    'section.worker_costs.title': 'Số tiền, tiền đặt cọc và khoản vay',
    'question.worker_fee_amount.text':
      'Tổng cộng, một người lao động điển hình được đưa đi làm việc trong 12 tháng gần nhất đã trả bao nhiêu cho tất cả các chi phí nêu trên?',
    'question.worker_fee_amount.help':
      'Bao gồm các khoản trả cho công ty tuyển dụng, đại lý phụ và bất kỳ ai khác, và các khoản bị khấu trừ vào lương sau này. Hãy chọn loại tiền tệ mà người lao động đã dùng để trả. Nhập 0 nếu người lao động không phải trả gì.',
    'question.monthly_wage.text':
      'Lương cơ bản hằng tháng điển hình của những người lao động này tại công việc ở nước tiếp nhận là bao nhiêu?',
    'question.monthly_wage.help':
      'Lương cơ bản cho thời giờ làm việc bình thường, chưa tính tiền làm thêm giờ và các khoản khấu trừ. Mức lương này được dùng để quy đổi các khoản phí thành số tháng lương.',
    'question.deposit_required.text':
      'Người lao động có phải nộp tiền đặt cọc, tiền ký quỹ hoặc bảo lãnh cho công ty tuyển dụng, đại lý phụ hoặc người sử dụng lao động không?',
    'question.deposit_required.help':
      'Ví dụ: tiền bị giữ đến khi kết thúc hợp đồng, giấy chứng nhận quyền sử dụng đất hoặc quyền sở hữu tài sản, hoặc người bảo lãnh phải trả tiền nếu người lao động nghỉ việc trước hạn.',
    'option.deposit_required.yes': 'Có',
    'option.deposit_required.no': 'Không',
    'question.loans_offered.text':
      'Công ty tuyển dụng, đại lý phụ hoặc bên cho vay hợp tác với họ có cho người lao động vay tiền để trả chi phí tuyển dụng hoặc di cư không?',
    'question.loans_offered.help':
      'Bao gồm các khoản vay từ ngân hàng, người cho vay tiền hoặc cá nhân mà công ty tuyển dụng hoặc các đại lý phụ của công ty giới thiệu cho người lao động.',
    'option.loans_offered.yes': 'Có',
    'option.loans_offered.no': 'Không',
    'question.loan_interest.text': 'Các khoản vay này có bị tính lãi hoặc thu phí không?',
    'question.loan_interest.help':
      'Các khoản vay có lãi có thể khiến người lao động mắc nợ trong nhiều năm.',
    'option.loan_interest.no': 'Không',
    'option.loan_interest.yes': 'Có',
    'option.loan_interest.dont_know': 'Không biết',
    'section.contracts.title': 'Hợp đồng',
    'question.contract_in_worker_language.text':
      'Hợp đồng của mọi người lao động có được lập bằng ngôn ngữ mà người lao động hiểu không?',
    'question.contract_in_worker_language.help':
      'Giải thích bằng lời là không đủ: trước khi ký, người lao động phải đọc được hợp đồng bằng ngôn ngữ của mình, hoặc được đọc cho nghe nếu họ không biết đọc.',
    'option.contract_in_worker_language.yes': 'Có',
    'option.contract_in_worker_language.no': 'Không',
    'question.contract_signed_when.text': 'Người lao động ký hợp đồng lao động vào thời điểm nào?',
    'question.contract_signed_when.help':
      'Người lao động phải nhận được hợp đồng và có thời gian để đọc trước khi xuất cảnh và trước khi trả bất kỳ khoản tiền nào.',
    'option.contract_signed_when.before_departure':
      'Trước khi xuất cảnh, có thời gian để đọc và đặt câu hỏi',
    'option.contract_signed_when.at_departure': 'Vào ngày xuất cảnh, ví dụ tại sân bay',
    'option.contract_signed_when.after_arrival': 'Sau khi đã đến nước tiếp nhận',
    'option.contract_signed_when.dont_know': 'Không biết',
    'question.contract_substitution.text':
      'Hợp đồng mà người lao động ký tại nước tiếp nhận có bao giờ khác với hợp đồng họ đã chấp nhận ở quê nhà không?',
    'question.contract_substitution.help':
      'Đánh tráo hợp đồng là việc thay bằng một hợp đồng mới với mức lương thấp hơn, công việc hoặc người sử dụng lao động khác, thời giờ làm việc dài hơn hoặc các khoản khấu trừ mới.',
    'option.contract_substitution.never_compared':
      'Không, và công ty tuyển dụng so sánh hai bản hợp đồng của từng người lao động',
    'option.contract_substitution.not_compared':
      'Theo chúng tôi được biết là không, nhưng các hợp đồng không được so sánh',
    'option.contract_substitution.sometimes': 'Có, đôi khi',
    'option.contract_substitution.dont_know': 'Không biết',
    'section.documents.title': 'Giấy tờ tùy thân',
    'question.documents_retained.text':
      'Công ty tuyển dụng hoặc đại lý phụ có giữ hộ chiếu hoặc giấy tờ tùy thân khác của bất kỳ người lao động nào lâu hơn thời gian cần thiết để làm thủ tục thị thực hoặc giấy phép không?',
    'question.documents_retained.help':
      'Hãy trả lời “Có” nếu giấy tờ bị giữ để bảo đảm người lao động trả phí hoặc hoàn thành hợp đồng, hoặc được giữ “để bảo quản giúp”.',
    'option.documents_retained.yes': 'Có',
    'option.documents_retained.no': 'Không',
    'question.documents_returned_when.text': 'Khi nào người lao động nhận lại giấy tờ của mình?',
    'question.documents_returned_when.help': 'Hãy chọn những gì diễn ra trên thực tế.',
    'option.documents_returned_when.on_request':
      'Bất cứ khi nào người lao động yêu cầu, trong vòng 24 giờ',
    'option.documents_returned_when.after_fees_paid': 'Sau khi đã trả hết phí hoặc khoản vay',
    'option.documents_returned_when.end_of_contract': 'Khi kết thúc hợp đồng',
    'option.documents_returned_when.dont_know': 'Không biết',
    'section.commitments.title': 'Cam kết Người sử dụng lao động trả phí và khiếu nại',
    'question.employer_pays_committed.text':
      'Công ty tuyển dụng đã cam kết bằng văn bản tuân thủ Nguyên tắc Người sử dụng lao động trả phí, tức là không người lao động nào phải trả bất kỳ khoản phí tuyển dụng hoặc chi phí liên quan nào, hay chưa?',
    'question.employer_pays_committed.help':
      'Ví dụ: một chính sách đã ký, một cam kết được công bố, hoặc một điều khoản trong hợp đồng giữa công ty tuyển dụng và người sử dụng lao động.',
    'option.employer_pays_committed.yes': 'Có',
    'option.employer_pays_committed.no': 'Không',
    'question.employer_pays_evidence.text': 'Tải lên văn bản cam kết',
    'question.employer_pays_evidence.help':
      'Một chính sách đã ký, một tuyên bố đã công bố hoặc một điều khoản hợp đồng mẫu.',
    'question.complaint_mechanism.text':
      'Người lao động do công ty tuyển dụng đưa đi làm việc có thể khiếu nại với công ty không, kể cả sau khi họ đã đến nơi làm việc?',
    'question.complaint_mechanism.help':
      'Một kênh khiếu nại tốt là kênh miễn phí, sử dụng được bằng ngôn ngữ của người lao động, có thể sử dụng ẩn danh và được giải thích trong buổi định hướng.',
    'option.complaint_mechanism.yes_anonymous': 'Có, bằng ngôn ngữ của họ, và có thể ẩn danh',
    'option.complaint_mechanism.yes_named': 'Có, nhưng người lao động phải nêu tên',
    'option.complaint_mechanism.no': 'Không',
    'option.complaint_mechanism.dont_know': 'Không biết',
    'section.sub_agents.title': 'Đại lý phụ',
    'question.uses_sub_agents.text':
      'Công ty tuyển dụng có hợp tác với đại lý phụ, người môi giới hoặc trung gian để tìm người lao động không?',
    'question.uses_sub_agents.help':
      'Bao gồm các cá nhân hoặc công ty nhỏ ở làng quê hoặc thị trấn gửi người lao động đến công ty tuyển dụng, dù công ty có trả tiền cho họ hay không.',
    'option.uses_sub_agents.yes': 'Có',
    'option.uses_sub_agents.no': 'Không',
    'question.sub_agent_controls.text':
      'Công ty tuyển dụng làm thế nào để bảo đảm các đại lý phụ không thu tiền hoặc lừa dối người lao động? Chọn tất cả các phương án phù hợp.',
    'question.sub_agent_controls.help':
      'Phần lớn các khoản phí trái pháp luật bị thu ở khâu đại lý phụ.',
    'option.sub_agent_controls.registered_only':
      'Chỉ sử dụng đại lý phụ đã đăng ký hoặc được cấp phép',
    'option.sub_agent_controls.no_fee_contracts':
      'Hợp đồng bằng văn bản cấm đại lý phụ thu tiền của người lao động',
    'option.sub_agent_controls.agency_pays': 'Công ty tuyển dụng tự trả tiền cho đại lý phụ',
    'option.sub_agent_controls.ask_workers':
      'Hỏi riêng từng người lao động xem họ đã trả bao nhiêu và trả cho ai',
    'option.sub_agent_controls.none': 'Không có biện pháp nào trong số này',
    'option.sub_agent_controls.dont_know': 'Không biết',
    'section.comments.title': 'Nhận xét',
    'question.additional_comments.text':
      'Quý công ty có muốn cho chúng tôi biết thêm điều gì không?',
    'question.additional_comments.help':
      'Ví dụ: những thay đổi mà công ty tuyển dụng đã thực hiện, hoặc những câu trả lời Quý công ty muốn giải thích thêm.',
  },
};
