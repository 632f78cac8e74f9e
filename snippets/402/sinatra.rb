require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 402
    json message: 'Payment Required'
end
