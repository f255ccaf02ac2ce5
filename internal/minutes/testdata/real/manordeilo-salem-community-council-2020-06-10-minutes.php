<button aria-label="Close" class="clear" onClick="reloadThePage()">
  	<span aria-hidden="true">×</span>
</button>
<div class="minutes well">
	<time datetime="2020-06-10">10 June 2020</time>
	
	<p>Manordeilo and Salem Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020. </p>
	<hr>
	 
	<h4>PRESENT</h4>	        
	<p>Councillors Alun Davies, Arwel Davies, Gwenfyl Evans, Peter Harries, William Loynton, Andrew Thomas, Owen Williams and County Councillor Joseph Davies.</p>
	
	<ol class="minute-matters">
		<li>
			<h4>WELCOME AND APOLOGIES</h4> 
			<p>Cllr. O. Williams took the Chair and welcomed everyone to the first remote meeting to be held in the Councils history. Cllr. O. Williams shared housekeeping information. The meeting agenda had been posted on the website with a link should members of the public wish to join the meeting. Also permission was given by each Councillor for a screen shot of participants to be taken and posted on the Council’s social media.</p>
			<p>Apologies received from Cllrs. Kim Davies, Hubert Gwynne, Dorian Jenkins and Doris Jones.</p>
			<p>The Clerk was thanked for her work in keeping Councillors consulted and up to date with Council business during the pandemic.</p>
		</li>
		 
		<li>
			<h4>TO CONFIRM THE MINUTES OF THE LAST MEETING</h4> 
			<p>It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes of the last meeting held on the 11th March 2020 as typed and circulated were correct.<br>
			To be signed by the Chair</p>
		</li>
		  	
		<li><h4>DECLARATIONS OF INTEREST</h4>
		<p>Cllr. J. Davies declared an interest in Planning Applications E/40554 (family business) and E/40590 (family connection).</p>
		</li>
		
		<li><h4>MATTERS ARISING</h4>
		<p>4.4.4.4.5iv) The identification of Common Land in Salem was still ongoing.				         <em>Clerk</em></p>
		<p>4.4.4.4.9. Cllr. O. Williams would send a letter outlining the Council’s objections to One Planet developments to Carmarthenshire County Council (C.C.C.) Local AM, MP and the Welsh Government. 	     <em>Cllr. O. Williams</em></p>
		<p>4.4.4.5xi) With regard to the purchase of a replacement notice board for Penybanc, two quotations had been received from Greenbarnes Ltd (£1,035.34) and Broxap (£1,179.60). Local supplier Centaframe could supply individual elements at a fraction of the cost and Cllr. Alun Davies would liaise with Centaframe about the exact requirements and the provision of a bespoke unit and cost.				    <em>Cllr. Alun Davies</em></p>
		<p>4. 4.4.5viii) Cllr. O. Williams was enquiring about local specialist website designers.                    <em>Cllr. O. William</em></p>
		<p>11i)  Cllr. H. Gwynne would look into the damaged fencing and the overhanging branch at Caledfwlch.						    		          <em>Cllr. H. Gwynne</em></p>
		</li>
		
		<li><h4>CORRESPONDENCE</h4>
		<ul class="roman">
			<li>Lloyds Bank, Sheet Number 27 dated 1st April 2020, Balance of £6,564.21				<em>Noted</em></li>
			<li>Lloyds Bank, Sheet Number 28 dated 1st May 2020, Balance of £12,306.87				<em>Noted</em></li>
			<li>Lloyds Bank, Sheet Number 29 Dated 1st June 2020. Balance of £11,506.87			             <em>Noted</em></li>
			<li>Clerks and Councils Direct</li>
		</ul>
		<p>(Other correspondence had been circulated previously by email or post)</p>
		</li>
		
		<li><h4>BUDGET REVIEW</h4>
		<p>The Bank Statement dated 15th May 2020 gave a credit balance of £11,506.87. Cheques (Nos 1358, 1362, 1369 and 1370) to the value of £985.10 had not been presented, giving an actual total of £10,521.77.	<em>Noted</em></p>
		</li>
	
		<li><h4>RISK ASSESSMENT</h4>
		<p>The Risk Assessment for 2020/21, as previously circulated to Councillors, was unanimously approved.</p>
		</li>

		<li><h4>ANNUAL RETURN FOR YEAR ENDING 31<sup>ST</sup> MARCH 2020</h4>
		<p>The Clerk advised that the Council’s internal audit had been completed by Mrs Wendy Phillips. Her report was read out, no issues had been raised. The Clerk was asked to write to Mrs Phillips to thank her for her work.</p>
		<p>The Clerk presented the Annual Return and the Governance Statement was read out and responses agreed. It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved. The Return to be signed by the Chairperson and the Clerk/RFO and submitted, with other requested information, to Grant Thornton the external auditors. The Clerk was thanked for her work in preparing the accounts for audit.					      				 <em>Cllr. O. Williams/Clerk</em></p>
		</li>

		<li><h4>ARRANGEMENTS FOR AGM AND REMOTE MEETINGS</h4>
		<ul class="roman">
			<li>It was unanimously agreed that the AGM would be held remotely on Wednesday 8th July followed by the normal July Meeting.</li>
			<li>It was proposed by Cllr. P. Harries, seconded by Cllr. J. Davies and unanimously agreed that, due to the extraordinary circumstances of the pandemic, the existing officers - Chairperson Cllr. O. Williams and Vice Chairperson Cllr. K. Davies remain in post until the Council’s 2020 AGM.</li>
			<li>Cllr. O. Williams and the Clerk to review the Standing Orders.</li>
		</ul>
		<em>Cllr. O. Williams/Clerk</em>
		</li>

		<li><h4>INSURANCE</h4>
			<p>The Clerk advised that the Council’s insurance renewal had been received from Zurich Municipal at a cost of £277.10 (last year’s premium was £276.01) This compared to a quote of £378.23 from Norris and Fisher. Zurich had been the Council’s insurer for many years and the Clerk advised that they had always been very helpful and supportive. As this had been time critical, the premium had been paid prior to the renewal date of 1st June and the Council was asked, if in agreement, to ratify the decision. It was unanimously agreed to approve the renewal of insurance with Zurich Municipal at a cost of £277.10.</p>
		</li>								 
		
		<li><h4>PLANNING</h4>
		<ul class="planning-applications">
			<li>
				<dl>
					<dt>E/40480</dt>
						<dd>Agricultural Storage Building</dd>
						<dd>Panteg Bungalow</dd>
						<dd>Capel Isaac</dd>
						<dd>SA19 7TE</dd>
						<dd>R Lewis</dd>
						<dd><strong>NO OBJECTIONS</strong></dd>
				</dl>
			</li>
			<li>
				<dl>
					<dt>E/40554</dt>
					<dd>Alterations and Storey Extension</dd>
					<dd>Cwmifor Farm</dd>
					<dd>Cwmifor</dd>
					<dd>Llandeilo</dd>
					<dd>SA19 7AW</dd>
					<dd>G and L Davies</dd>
					<dd><strong>NO OBJECTIONS</strong></dd>
				</dl>
			</li>
			<li>
				<dl>
				<dt>E/40556</dt>                            
				<dd>Proposed Extension and Associated Changes</dd>
				<dd>Ty Isaf</dd>
				<dd>Salem</dd>
				<dd>Llandeilo</dd>
				<dd>SA19 7LP</dd>
				<dd>P and B Eyre</dd>
				<dd><strong>NO OBJECTIONS BUT ONE COMMENT</strong>: Situated opposite a busy junction, care needed not to disrupt traffic flow. Extension looks significant but very little space to park safely at the front of the house without blocking traffic or creating unsafe conditions from which to pass by.</dd>
				</dl>
			</li>
			<li>
				<dl>
					<dt>E/40590 </dt>
					<dd>Change of Use of Agricultural Building to Dog Breeding Kennels</dd>
					<dd>Maescastell</dd>
					<dd>Taliaris</dd>
					<dd>Llandeilo</dd>
					<dd>SA19 7N</dd>
					<dd>G and J Davie</dd>
					<dd><strong>NO OBSERVATIONS</strong></dd>
				</dl>
			</li>
			<li>
				<dl>
					<dt>E/40544 and E/405346</dt>
					<dd>Various Safety Tree Works at Nantyrhibo, Llandeilo</dd>
					<dd><strong>NO OBJECTIONS</strong></dd>
				</dl>
			</li>
		</ul>
		</li> 
		
		<li><h4>ACCOUNTS FOR PAYMENT</h4>
		<p>The following payments were approved:</p>
		<ol class="roman">
			<li>C.C.C., footway lighting and maintenance April 2019 – March 2020, Chq No 1361  £4,400.64</li>
			<li>Information Commissioner’s Office, annual data protection fee, Chq No 1362 £40.00</li>
			<li>H.L. and A.W. Gwynne, six month rental Caledfwlch, Chq No 1363  £50.00</li>
			<li>Vision ICT Ltd, annual charge for website hosting and support, Chq No 1364 £150.00</li>
			<li>Cllr. O. Williams, reimbursement Amazon purchases for Glangwili Hospital staff, Chq No 1365 £207.34</li>
			<li><del>C.C.C., ground maintenance Caledfwlch, Chq No 1366  Cheque lost -    cancelled £168.00</del></li>
			<li>Maryellens at 139, Food Hampers NHS staff, chq No 1367 £200.00</li>
			<li>Mrs Jane Davies, Clerk’s April Salary, Chq No 1368 £450.00</li>
			<li>Zurich Municipal, Council Insurance, Chq No 1369 £277.10</li>
			<li>Mrs Jane Davies, Clerk’s May Salary and Reimbursement Council Bill £168, Chq No 1370 £618.00</li>
		</ul>
		<p><strong>TOTAL £6,393.08</strong></p>
		<p>The following payments were approved:</p>
		<ol class="roman">
			<li>Mrs Wendy Phillips, Internal Audit, Chq No 1371 £150.00</li>
			<li>Mrs Jane Davies, Clerk’s June Salary, Cheque No 1372 £450.00</li>	
		</ol>
		<p><strong>TOTAL £600.00</strong></p>
		</li>
	
		<li><h4>ANY OTHER BUSINESS</h4>
		<ul class="roman">
			<li><p>The Clerk advised that the Council’s support to front line NHS staff working at Glangwili Hospital had been well received and very much appreciated. The Physiotherapy Department benefited from the comfortable seating purchased for their staff room and the Covid 19 Ward staff from the food hampers sent once weekly for four weeks. Cllr. O. Williams and the Clerk were thanked for coordinating the work.</p>
			<p>Cllr. O. Williams mentioned the Covid 19 flyers produced by C.C.C. that were being circulated to households and those for Manordeilo and Salem Community Council areas included the Clerk’s contact details.</p>
			<p>Councillors were asked to consider any other ways that the Council could support local communities during this pandemic. <em>ALL</em></p>
		</li>
			<li>Cllr. P. Harries advised about a recent grant application to Keep Wales Tidy, Local Places for Nature, Starter Package. There had been a tight turnaround for applications and Community Councils were guaranteed to be awarded. Cllr. P. Harries and the Clerk had submitted an application with the view of the Salem Gardening Club enhancing the area where the telephone kiosk had previously stood in the middle of the Village and possibly for some gardening on land adjacent to, and owned by, Salem Village Hall. The Council had been successful and awarded a Butterfly Garden package. This project was unanimously approved.</li>
			<li>Cllr. J. Davies advised on the availability of small business grants to community halls and the eligibility of Salem Village and Manordeilo Reading Room.							<em>Cllr. J. Davies</em></li>
			<li>Cllr. W. Loynton had received an enquiry regarding footpaths; Cllr. O. Williams would send him the link to the information. 					        <em>Cllrs. O. Williams and W. Loynton</em></li>
			<li>Recent events worldwide highlighting inequality and discrimination and a local incident that was brought to the attention of Councillors was discussed. It was agreed that Councillors should always be aware of, and actively work against, any discrimination shown against race or any minority group.</li>
		</ul>
		
		<p>As there was no further business, the Chairperson thanked members for attending and closed the meeting at 8.53pm.</p>
		</li>
	</ol>
	
	<p>8th July 2020<br> 
		CHAIRPERSON</p>
</div>